using Expressivity.Actors.Coordinator;
using Expressivity.Actors.Protocol;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Actors.Storage;

/// <summary>
/// One sweep as its journal left it (<see cref="StoredJournal.Read"/>): the recovered state and when it
/// started and finished. <see cref="Status"/> turns it into the status a coordinator would answer, the
/// result included once completed.
/// </summary>
/// <param name="State">The state replayed from the newest snapshot and the later events.</param>
/// <param name="Times">Start, finish and last activity from the journal's timestamps.</param>
public sealed record StoredSweep(SweepState State, StoredSweep.JournalTimes Times)
{
    /// <summary>The sweep id.</summary>
    public string Id => State.SweepId!;

    /// <summary>Units of the current stage not yet completed.</summary>
    public long Pending => State.StageUnits.Count - State.StageDoneCount;

    /// <summary>
    /// The status as the coordinator reports it (nothing in flight: no coordinator runs). A completed sweep's
    /// total is checked against its kind's invariants first, exactly as the coordinator checks it before
    /// showing a result: a violation reads as failed, never as a result.
    /// </summary>
    public SweepStatus Status()
    {
        var (phase, error) = (State.Phase, State.Error);
        SweepReport? report = null;
        if (phase == SweepPhase.Completed)
        {
            var definition = SweepDefinition.Parse(State.SpecJson);
            if (definition.Kind.CheckTotal(definition.Spec, State.Total) is { } problem)
                (phase, error) = (SweepPhase.Failed, $"integrity check failed: {problem}");
            else
                report = definition.Kind.Report(definition.Spec, State.Total);
        }

        return new SweepStatus(
            Id, State.Kind, phase, State.Stage, State.StageDoneCount, State.StageUnits.Count, State.UnitsDoneAllStages, 0,
            0, null, [], error, report?.Result.ToJsonString(), report?.Rows, State.RecomputedUnits);
    }

    /// <summary>Journal timestamps (UTC).</summary>
    /// <param name="Started">The sweep's first event, or its last fresh start.</param>
    /// <param name="Finished">When it completed; null when it has not.</param>
    /// <param name="LastEvent">Its newest event.</param>
    public sealed record JournalTimes(DateTimeOffset Started, DateTimeOffset? Finished, DateTimeOffset LastEvent);
}
