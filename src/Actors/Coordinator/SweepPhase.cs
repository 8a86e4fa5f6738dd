namespace Expressivity.Actors.Coordinator;

/// <summary>The states a sweep moves through, as the strings shown to operators and in <c>--json</c>.</summary>
public static class SweepPhase
{
    /// <summary>Created, nothing planned yet.</summary>
    public const string New = "new";

    /// <summary>Units are being leased.</summary>
    public const string Running = "running";

    /// <summary>Leasing stopped by an operator.</summary>
    public const string Paused = "paused";

    /// <summary>Every stage done; the result is final.</summary>
    public const string Completed = "completed";

    /// <summary>A unit failed repeatedly.</summary>
    public const string Failed = "failed";

    /// <summary>Stopped by an operator, without result.</summary>
    public const string Cancelled = "cancelled";

    /// <summary>True for states that never change again without an explicit fresh start.</summary>
    public static bool IsFinal(string phase) => phase is Completed or Failed or Cancelled;
}
