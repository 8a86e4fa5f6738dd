using System.Globalization;

namespace Expressivity.Domain.Sweeps.Grids;

/// <summary>
/// Runs several configurations of one kind as one sweep: stage s plans every configuration's own stage-s
/// units (ids <c>grid/&lt;c&gt;/&lt;id&gt;</c>, payload unchanged), each unit runs exactly as its configuration
/// alone would run it, and its counters are renamed into configuration c's key space (<c>g&lt;c&gt;.key</c>,
/// same merge rule). Stored partials stay apart too: configuration c's bucket b is stored as bucket
/// c·<see cref="BucketStride"/> + b under the grid unit's id (<see cref="GridPartialStore"/>). So each
/// configuration's extracted total, plan and report are exactly those of the configuration run alone.
/// </summary>
/// <typeparam name="TSpec">The kind's single-configuration spec.</typeparam>
/// <param name="Configurations">The configurations, in unit order.</param>
public sealed record ConfigurationGrid<TSpec>(IReadOnlyList<TSpec> Configurations)
    where TSpec : ISweepSpec
{
    /// <summary>Buckets one configuration may use (0..stride−1).</summary>
    public const int BucketStride = 1 << 16;

    private const string UnitPrefix = "grid/";

    /// <summary>Every configuration's units of <paramref name="stage"/>, each planned from its own part of <paramref name="soFar"/>.</summary>
    public IReadOnlyList<WorkUnit> Plan(Func<TSpec, int, Partial, IReadOnlyList<WorkUnit>> plan, int stage, Partial soFar) =>
        Configurations.SelectMany((spec, c) => plan(spec, stage, Extract(c, soFar)).Select(u => Wrap(c, u))).ToList();

    /// <summary>Runs a grid unit as its configuration's own unit, with the store and counters kept apart.</summary>
    public UnitOutcome Run(Func<TSpec, WorkUnit, UnitContext, UnitOutcome> run, WorkUnit unit, UnitContext context)
    {
        var (c, inner) = Unwrap(unit);
        var outcome = run(Configurations[c], inner, context with { Store = new GridPartialStore(context.Store, c, unit.Id[..^inner.Id.Length]) });
        return outcome switch
        {
            UnitOutcome.Completed done => new UnitOutcome.Completed(Prefix(c, done.Result)),
            UnitOutcome.Split split => new UnitOutcome.Split(Prefix(c, split.Done), split.Children.Select(u => Wrap(c, u)).ToList()),
            _ => throw new InvalidOperationException($"unknown outcome {outcome.GetType().Name}"),
        };
    }

    /// <summary>Each configuration's invariants on its own total; the first broken one, naming the configuration.</summary>
    public string? CheckTotal(Func<TSpec, Partial, string?> check, Partial total)
    {
        for (var c = 0; c < Configurations.Count; c++)
        {
            if (check(Configurations[c], Extract(c, total)) is { } problem) return $"configuration {c}: {problem}";
        }

        return null;
    }

    /// <summary>Configuration <paramref name="c"/>'s counters under their single-configuration names.</summary>
    public static Partial Extract(int c, Partial total)
    {
        var tag = Tag(c);
        return Partial.Of(total.Counters
            .Where(x => x.Counter.Name.StartsWith(tag, StringComparison.Ordinal))
            .Select(x => (x.Counter.Renamed(x.Counter.Name[tag.Length..]), x.Value)));
    }

    /// <summary>A configuration's partial renamed into the grid's key space.</summary>
    public static Partial Prefix(int c, Partial single) =>
        Partial.Of(single.Counters.Select(x => (x.Counter.Renamed(Tag(c) + x.Counter.Name), x.Value)));

    /// <summary>The sum of the configurations' costs (their units, plans and partials all coexist in the one sweep).</summary>
    public SweepCost Cost(Func<TSpec, SweepCost> estimate)
    {
        var costs = Configurations.Select(estimate).ToList();
        return new SweepCost(
            costs.Aggregate(System.Numerics.BigInteger.Zero, (s, x) => s + x.Units),
            costs.Aggregate(System.Numerics.BigInteger.Zero, (s, x) => s + x.PlanBytes),
            costs.Aggregate(System.Numerics.BigInteger.Zero, (s, x) => s + x.PartialBytes),
            costs.Sum(x => x.CpuHours),
            "grid");
    }

    private static string Tag(int c) => "g" + c.ToString(CultureInfo.InvariantCulture) + ".";

    private static WorkUnit Wrap(int c, WorkUnit u) => u with { Id = UnitPrefix + c.ToString(CultureInfo.InvariantCulture) + "/" + u.Id };

    private (int Configuration, WorkUnit Inner) Unwrap(WorkUnit unit)
    {
        var slash = unit.Id.IndexOf('/', UnitPrefix.Length);
        if (!unit.Id.StartsWith(UnitPrefix, StringComparison.Ordinal) || slash < 0
            || !int.TryParse(unit.Id.AsSpan(UnitPrefix.Length, slash - UnitPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var c)
            || c >= Configurations.Count)
            throw new ArgumentException($"'{unit.Id}' is not a unit of this grid", nameof(unit));
        return (c, unit with { Id = unit.Id[(slash + 1)..] });
    }
}
