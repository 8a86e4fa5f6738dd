using Expressivity.Domain.Sweeps;

namespace Expressivity.Actors.Protocol;

/// <summary>The sweep was created with this normalised spec (first event of a coordinator).</summary>
public sealed record SweepDefined(string SweepId, string Kind, string SpecJson, int V = 1) : IVersionedEvent;

/// <summary>A stage's units were planned (kept in the event so replay never depends on re-planning).</summary>
public sealed record StageStarted(int Stage, IReadOnlyList<WorkUnit> Units, int V = 1) : IVersionedEvent;

/// <summary>
/// A unit finished; its partial merges into the total. Persisted before the worker is acknowledged.
/// Version 2 adds <paramref name="Stored"/>: the digest of what the unit wrote to the partial store,
/// which audits check the store against (version 1 events have none and are not audited).
/// </summary>
public sealed record UnitCompleted(string UnitId, Partial Result, string WorkerId, PartialDigest? Stored = null, int V = 2) : IVersionedEvent;

/// <summary>A unit finished part of its work and split the rest into children of the same stage (version 2: with <paramref name="Stored"/>).</summary>
public sealed record UnitSplit(string UnitId, Partial Done, IReadOnlyList<WorkUnit> Children, string WorkerId, PartialDigest? Stored = null, int V = 2) : IVersionedEvent;

/// <summary>
/// An audit found these completed units of <paramref name="Stage"/> missing or damaged in the partial
/// store: they run again. When <paramref name="Stage"/> is earlier than the current stage, every later
/// stage consumed lost data and is discarded; the sweep goes back to <paramref name="Stage"/>.
/// </summary>
public sealed record UnitsRevoked(int Stage, IReadOnlyList<string> UnitIds, string Reason, int V = 1) : IVersionedEvent;

/// <summary>A failed sweep was started again without --fresh: its completed units are kept, the rest run again.</summary>
public sealed record SweepRetried(string PreviousError, int V = 1) : IVersionedEvent;

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
