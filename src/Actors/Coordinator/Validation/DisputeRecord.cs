using Expressivity.Domain.Sweeps;

namespace Expressivity.Actors.Coordinator.Validation;

/// <summary>A disputed unit: who computed it first, who second, and the second result (the first is the unit's record).</summary>
public sealed record DisputeRecord(string UnitId, string PrimaryWorker, string ReplicaWorker, Partial ReplicaResult, PartialDigest? ReplicaStored);
