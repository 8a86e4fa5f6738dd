namespace Expressivity.Actors.Protocol;

/// <summary>A coordinator announces its sweep and current state to the registry (idempotent, repeated on change).</summary>
public sealed record SweepAnnounced(string SweepId, string Kind, string State, string SpecJson) : IProtocolMessage;

/// <summary>Asks the registry for every known sweep.</summary>
public sealed record ListSweeps : IProtocolMessage
{
    /// <summary>The single instance.</summary>
    public static readonly ListSweeps Instance = new();
}

/// <summary>One line of the registry.</summary>
public sealed record SweepEntry(string SweepId, string Kind, string State, DateTime UpdatedUtc) : IProtocolMessage;

/// <summary>Every known sweep, oldest first.</summary>
public sealed record SweepList(IReadOnlyList<SweepEntry> Sweeps) : IProtocolMessage;

/// <summary>The registry's persisted record of a sweep's latest announced state.</summary>
public sealed record SweepStateRecorded(string SweepId, string Kind, string State, DateTime UpdatedUtc, int V = 1) : IVersionedEvent;
