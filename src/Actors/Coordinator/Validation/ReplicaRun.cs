using Expressivity.Actors.Protocol;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Actors.Coordinator.Validation;

/// <summary>
/// Runs one replica task the same way on a worker and in the coordinator: round 1 against a
/// <see cref="DryRunPartialStore"/> (digest only, the checked unit's data stays as it is), the tie-break
/// against the real store so a majority against the first run also repairs its stored data.
/// </summary>
public static class ReplicaRun
{
    /// <summary>How a unit is run: the kind's own replica route unless a test substitutes a faulty one.</summary>
    public delegate UnitOutcome Runner(SweepDefinition definition, WorkUnit unit, UnitContext context, int round);

    /// <summary>The production runner: the kind's <see cref="ISweepKind.Run"/> for round 0, <see cref="ISweepKind.RunReplica"/> after.</summary>
    public static readonly Runner Kind = (definition, unit, context, round) => round == 0
        ? definition.Kind.Run(definition.Spec, unit, context)
        : definition.Kind.RunReplica(definition.Spec, unit, context, round);

    /// <summary>Runs <paramref name="task"/> and returns the report a worker named <paramref name="workerId"/> sends.</summary>
    public static ReportReplicaDone Execute(Runner runner, SweepDefinition definition, string sweepId, string workerId, ReplicaTask task, IPartialStore store, CancellationToken cancel)
    {
        try
        {
            var digesting = task.Writes ? new DigestingPartialStore(store) : null;
            var dry = task.Writes ? null : new DryRunPartialStore(store);
            var outcome = runner(definition, task.Unit, new UnitContext(sweepId, (IPartialStore?)digesting ?? dry!, cancel), task.Round);
            var stored = digesting?.Written ?? dry?.Written;
            return outcome switch
            {
                UnitOutcome.Split s => new ReportReplicaDone(sweepId, workerId, task.Unit.Id, task.Round, s.Done, s.Children, stored),
                UnitOutcome.Completed c => new ReportReplicaDone(sweepId, workerId, task.Unit.Id, task.Round, c.Result, null, stored),
                _ => throw new InvalidOperationException("unknown outcome"),
            };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new ReportReplicaDone(sweepId, workerId, task.Unit.Id, task.Round, Partial.Empty, null, null, e.Message);
        }
    }
}
