using Expressivity.Domain.Sweeps;

namespace Expressivity.Actors.Protocol;

/// <summary>
/// A completed unit to compute again for validation, on a worker other than those that already computed it.
/// <paramref name="Round"/> 1 is the second computation (it stores nothing; only its digest counts); round 2
/// is the tie-break after a mismatch, which stores its data for real so a majority against the first run
/// also repairs the partial store.
/// </summary>
public sealed record ReplicaTask(WorkUnit Unit, int Round) : IProtocolMessage
{
    /// <summary>True when the run writes its data to the partial store (the tie-break).</summary>
    public bool Writes => Round >= 2;
}

/// <summary>Replica runs leased to a worker, with the spec needed to run them.</summary>
public sealed record ReplicaGrant(string SweepId, string SpecJson, IReadOnlyList<ReplicaTask> Tasks) : IProtocolMessage;

/// <summary>
/// A worker finished (or failed, <paramref name="Error"/> set) a replica run: its partial, split children
/// and the digest of what it stored or would have stored.
/// </summary>
public sealed record ReportReplicaDone(
    string SweepId, string WorkerId, string UnitId, int Round, Partial Result, IReadOnlyList<WorkUnit>? Children, PartialDigest? Stored, string? Error = null) : IWithSweepId;

/// <summary>The coordinator has recorded (or no longer needs) the replica result of round <paramref name="Round"/>.</summary>
public sealed record ReplicaAck(string SweepId, string UnitId, int Round) : IProtocolMessage;

/// <summary>
/// How validation went so far (shown in status, the dashboard and the result): units checked by a second
/// computation, how many agreed, how many did not, how many of those a third computation settled, and the
/// workers involved in a mismatch (suspect) and those outvoted by the majority.
/// </summary>
public sealed record ValidationSummary(
    double Fraction, string Route, long Checked, long Agreed, long Mismatches, long Resolved, long Pending,
    IReadOnlyList<string> Suspects, IReadOnlyList<string> Outvoted) : IProtocolMessage;
