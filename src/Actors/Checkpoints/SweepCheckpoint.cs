using Expressivity.Actors.Coordinator;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Actors.Checkpoints;

/// <summary>
/// A sweep's persisted progress, independent of any storage: the coordinator's whole state as its
/// snapshot (spec, every stage's plan with the pending frontier, every completed unit with its partial
/// and stored-data digest, the merged total) and every row the sweep wrote to its <see cref="IPartialStore"/>.
/// </summary>
public sealed record SweepCheckpoint(CoordinatorSnapshot State, IReadOnlyList<StoredPartial> StoredPartials)
{
    /// <summary>Sweep id.</summary>
    public string SweepId => State.SweepId;

    /// <summary>The normalised spec.</summary>
    public string SpecJson => State.SpecJson;

    /// <summary>Units of the current stage not completed yet.</summary>
    public IReadOnlyList<WorkUnit> Pending
    {
        get
        {
            var done = new HashSet<string>(State.Completed, StringComparer.Ordinal);
            return State.StageUnits.Where(u => !done.Contains(u.Id)).ToList();
        }
    }

    /// <summary>
    /// The same progress with every completed unit folded into one record-less total: completed units keep
    /// only their ids, earlier stages' plans and per-unit partials are dropped. Much smaller for sweeps of
    /// many units; the cost is that the coordinator can no longer revoke single completed units after an
    /// import (it treats the folded total as history, as it does a version-1 snapshot), so use it for
    /// sweeps whose units store nothing in the partial store, such as the census.
    /// </summary>
    public SweepCheckpoint Compact()
    {
        var done = new HashSet<string>(State.Completed, StringComparer.Ordinal);
        var units = State.StageUnits.Select(u => done.Contains(u.Id) ? u with { Payload = "" } : u).ToList();
        return this with
        {
            State = State with
            {
                StageUnits = units,
                Completed = State.Completed.Order(StringComparer.Ordinal).ToList(),
                Records = null,
                Plans = null,
                Legacy = null,
                LegacyStage = -1,
            },
        };
    }

    /// <summary>One line for people: what the checkpoint holds.</summary>
    public string Describe() =>
        $"sweep {SweepId} ({State.Kind}), {State.Phase}, stage {State.Stage}: {State.Completed.Count} units done, {Pending.Count} pending, " +
        $"{State.UnitsDoneAllStages} done over all stages, {StoredPartials.Count} stored partial rows" +
        (State.Records is null ? " (compact)" : "");
}
