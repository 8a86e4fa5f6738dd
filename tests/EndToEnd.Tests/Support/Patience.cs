namespace Expressivity.EndToEnd.Tests.Support;

/// <summary>
/// How long the end-to-end tests wait for one event (a node up, a client call answered, a completion
/// written) before they fail. Every wait polls for its event and ends as soon as it happens, so the
/// limit only matters when something is broken; it is generous so the suite passes on a machine whose
/// load is 40 or more, where starting one dotnet process can take tens of seconds.
/// </summary>
public static class Patience
{
    /// <summary>The limit for one event: a process start, a client call, a log line, a membership change.</summary>
    public static readonly TimeSpan Event = TimeSpan.FromMinutes(5);

    /// <summary>The limit for a whole small sweep (N = 6) to finish after a fault.</summary>
    public static readonly TimeSpan Sweep = Event * 3;
}
