using Expressivity.Actors.Protocol;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Actors.Coordinator;

/// <summary>The whole <see cref="SweepState"/> as one persisted snapshot (taken every K completions).</summary>
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
    int V = 1) : IVersionedEvent;
