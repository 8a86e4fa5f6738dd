using Expressivity.Domain.Sweeps;

namespace Expressivity.Actors.Protocol;

/// <summary>Create the sweep if new and run it; with <paramref name="Fresh"/> discard earlier progress first.</summary>
public sealed record StartSweep(string SweepId, string SpecJson, bool Fresh) : IWithSweepId;

/// <summary>A worker asks for up to <paramref name="Capacity"/> units.</summary>
public sealed record RequestWork(string SweepId, string WorkerId, int Capacity) : IWithSweepId;

/// <summary>A worker finished a unit: its partial, the children when the unit split itself, and the digest of what it stored.</summary>
public sealed record ReportUnitDone(
    string SweepId, string WorkerId, string UnitId, Partial Result, IReadOnlyList<WorkUnit>? Children, double Seconds, PartialDigest? Stored = null) : IWithSweepId;

/// <summary>A worker could not run a unit (the kernel threw): the unit is retried, then the sweep fails.</summary>
public sealed record ReportUnitFailed(string SweepId, string WorkerId, string UnitId, string Error) : IWithSweepId;

/// <summary>A worker is still running these units: their leases are extended (or re-adopted after a coordinator restart).</summary>
public sealed record WorkerHeartbeat(string SweepId, string WorkerId, IReadOnlyList<string> UnitIds) : IWithSweepId;

/// <summary>A leaving worker hands back units it will not finish: their leases return to the queue at once.</summary>
public sealed record ReleaseUnits(string SweepId, string WorkerId, IReadOnlyList<string> UnitIds) : IWithSweepId;

/// <summary>Asks for the sweep's <see cref="SweepStatus"/>.</summary>
public sealed record GetSweepStatus(string SweepId) : IWithSweepId;

/// <summary>Stop leasing units until resumed; running units finish and are kept.</summary>
public sealed record PauseSweep(string SweepId) : IWithSweepId;

/// <summary>Lease units again after a pause.</summary>
public sealed record ResumeSweep(string SweepId) : IWithSweepId;

/// <summary>End the sweep without a result; completed partials stay in the record.</summary>
public sealed record CancelSweep(string SweepId) : IWithSweepId;
