using Expressivity.Domain.Sweeps;

namespace Expressivity.Actors.Protocol;

/// <summary>The sweep was created with this normalised spec (first event of a coordinator).</summary>
public sealed record SweepDefined(string SweepId, string Kind, string SpecJson, int V = 1) : IVersionedEvent;

/// <summary>A stage's units were planned (kept in the event so replay never depends on re-planning).</summary>
public sealed record StageStarted(int Stage, IReadOnlyList<WorkUnit> Units, int V = 1) : IVersionedEvent;

/// <summary>A unit finished; its partial merges into the total. Persisted before the worker is acknowledged.</summary>
public sealed record UnitCompleted(string UnitId, Partial Result, string WorkerId, int V = 1) : IVersionedEvent;

/// <summary>A unit finished part of its work and split the rest into children of the same stage.</summary>
public sealed record UnitSplit(string UnitId, Partial Done, IReadOnlyList<WorkUnit> Children, string WorkerId, int V = 1) : IVersionedEvent;

/// <summary>Progress was discarded (explicit fresh start); the spec stays.</summary>
public sealed record SweepReset(int V = 1) : IVersionedEvent;

/// <summary>Leasing stopped until <see cref="SweepResumed"/>.</summary>
public sealed record SweepPaused(int V = 1) : IVersionedEvent;

/// <summary>Leasing resumed.</summary>
public sealed record SweepResumed(int V = 1) : IVersionedEvent;

/// <summary>The sweep was cancelled by an operator.</summary>
public sealed record SweepCancelled(int V = 1) : IVersionedEvent;

/// <summary>The sweep failed (a unit failed repeatedly); the reason names it.</summary>
public sealed record SweepFailed(string Reason, int V = 1) : IVersionedEvent;

/// <summary>Every stage is done; the total is final.</summary>
public sealed record SweepFinished(int V = 1) : IVersionedEvent;
