using Expressivity.Domain.Sweeps;

namespace Expressivity.Actors.Protocol;

/// <summary>
/// A completed unit was computed a second time on another worker and the two results compared exactly
/// (partial and stored digest). When they differ both workers are suspect and the unit waits for a third
/// computation; the second result is kept so the vote survives a restart.
/// </summary>
public sealed record ReplicaCompared(
    string UnitId, string PrimaryWorker, string ReplicaWorker, bool Agreed, Partial ReplicaResult, PartialDigest? ReplicaStored, int V = 1) : IVersionedEvent;

/// <summary>
/// A third computation settled a disputed unit: the majority's result (and digest) is the unit's result from
/// now on. When the first run lost the vote (<paramref name="PrimaryWon"/> false) its record is replaced and
/// the total rebuilt; <paramref name="Outvoted"/> names the workers in the minority.
/// </summary>
public sealed record DisputeResolved(
    string UnitId, string TiebreakWorker, bool PrimaryWon, Partial Result, PartialDigest? Stored, IReadOnlyList<string> Outvoted, int V = 1) : IVersionedEvent;
