namespace Expressivity.Domain.Sweeps;

/// <summary>
/// Runs a whole sweep in this process without the cluster: every stage's units in parallel, splits
/// followed, partials merged. The independent reference the actor machinery is tested against, and
/// the quickest way to run a kind in tests and benchmarks.
/// </summary>
public static class LocalRunner
{
    /// <summary>Runs <paramref name="definition"/> to completion and returns its report.</summary>
    public static SweepReport Run(SweepDefinition definition, IPartialStore? store = null, int threads = 0, CancellationToken cancel = default)
    {
        var total = RunToPartial(definition, store, threads, cancel);
        var problem = definition.Kind.CheckTotal(definition.Spec, total);
        return problem is null ? definition.Kind.Report(definition.Spec, total) : throw new InvalidDataException($"integrity check failed: {problem}");
    }

    /// <summary>Runs every unit of every stage and returns the merged partial.</summary>
    public static Partial RunToPartial(SweepDefinition definition, IPartialStore? store = null, int threads = 0, CancellationToken cancel = default)
    {
        store ??= new InMemoryPartialStore();
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = threads > 0 ? threads : Environment.ProcessorCount,
            CancellationToken = cancel,
        };
        var context = new UnitContext(definition.Id, store, cancel);
        var total = Partial.Empty;
        for (var stage = 0; ; stage++)
        {
            var queue = definition.Kind.Plan(definition.Spec, stage, total);
            if (queue.Count == 0) return total;
            var stageTotal = Partial.Empty;
            var gate = new object();
            while (queue.Count > 0)
            {
                var next = new List<WorkUnit>();
                Parallel.ForEach(queue, options, unit =>
                {
                    var outcome = definition.Kind.Run(definition.Spec, unit, context);
                    lock (gate)
                    {
                        switch (outcome)
                        {
                            case UnitOutcome.Completed c:
                                stageTotal = stageTotal.Merge(c.Result);
                                break;
                            case UnitOutcome.Split s:
                                stageTotal = stageTotal.Merge(s.Done);
                                next.AddRange(s.Children);
                                break;
                        }
                    }
                });
                queue = next;
            }

            total = total.Merge(stageTotal);
        }
    }
}
