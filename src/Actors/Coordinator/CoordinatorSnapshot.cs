using Expressivity.Actors.Coordinator.Validation;
using Expressivity.Actors.Protocol;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Actors.Coordinator;

/// <summary>
/// The whole <see cref="SweepState"/> as one persisted snapshot (taken every K completions). Version 2
/// adds every completed unit's record, every stage's plan, the part of the total that version-1 history
/// contributed without records, and the count of recomputed units; version 3 adds the validation ledger.
/// Earlier versions still restore.
/// </summary>
public sealed record CoordinatorSnapshot(
    string SweepId,
    string Kind,
    string SpecJson,
    string Phase,
    int Epoch,
    int Stage,
    IReadOnlyList<WorkUnit> StageUnits,
    IReadOnlyList<string> Completed,
    Partial Total,
    long UnitsDoneAllStages,
    string? Error,
    IReadOnlyList<UnitRecord>? Records = null,
    IReadOnlyList<StagePlan>? Plans = null,
    Partial? Legacy = null,
    int LegacyStage = -1,
    long RecomputedUnits = 0,
    ValidationSnapshot? Validation = null,
    int V = 3) : IVersionedEvent;
