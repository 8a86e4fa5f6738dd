using Expressivity.Domain.Sweeps;

namespace Expressivity.Domain.Tests.Sweeps;

/// <summary>
/// A journal of one sweep as the coordinator keeps it (which unit finished with which partial, which
/// units splits added), driven one unit at a time so a test can stop it anywhere and resume it with a
/// fresh kind instance, as a restarted node would.
/// </summary>
internal sealed class SweepTrace
{
    /// <summary>Finished units in completion order: id, stage, outcome.</summary>
    public List<(string Id, int Stage, UnitOutcome Outcome)> Done { get; } = [];

    /// <summary>Units added by splits, not in any plan.</summary>
    public List<WorkUnit> Children { get; } = [];

    /// <summary>Every partial the units returned (completed results and split remainders).</summary>
    public IEnumerable<Partial> Partials => Done.Select(d => Result(d.Outcome));

    /// <summary>
    /// Runs outstanding units in plan order (reversed when <paramref name="reverse"/>) until the sweep is
    /// complete or <paramref name="budget"/> units have run; returns the merged total when complete, else null.
    /// </summary>
    public Partial? Drive(ISweepKind kind, ISweepSpec spec, UnitContext context, int budget = int.MaxValue, bool reverse = false)
    {
        var total = Partial.Empty;
        for (var stage = 0; ; stage++)
        {
            var planned = kind.Plan(spec, stage, total);
            if (planned.Count == 0) return total;
            var finished = Done.Where(d => d.Stage == stage).Select(d => d.Id).ToHashSet();
            var queue = new Queue<WorkUnit>(Order(planned.Concat(Children.Where(c => c.Stage == stage)).Where(u => !finished.Contains(u.Id)), reverse));
            while (queue.Count > 0)
            {
                if (budget-- <= 0) return null;
                var unit = queue.Dequeue();
                var outcome = kind.Run(spec, unit, context);
                Done.Add((unit.Id, stage, outcome));
                if (outcome is UnitOutcome.Split split)
                {
                    Children.AddRange(split.Children);
                    foreach (var child in Order(split.Children, reverse)) queue.Enqueue(child);
                }
            }

            total = Done.Where(d => d.Stage == stage).Aggregate(total, (acc, d) => acc.Merge(Result(d.Outcome)));
        }
    }

    /// <summary>The partial an outcome contributes.</summary>
    public static Partial Result(UnitOutcome outcome) => outcome switch
    {
        UnitOutcome.Completed c => c.Result,
        UnitOutcome.Split s => s.Done,
        _ => throw new ArgumentException("unknown outcome", nameof(outcome)),
    };

    private static IEnumerable<WorkUnit> Order(IEnumerable<WorkUnit> units, bool reverse) => reverse ? units.Reverse() : units;
}
