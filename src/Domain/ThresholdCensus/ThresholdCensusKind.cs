using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Expressivity.Domain.Sweeps;
using Expressivity.Domain.Sweeps.Grids;
using Expressivity.Domain.Threshold;

namespace Expressivity.Domain.ThresholdCensus;

/// <summary>
/// The threshold-census sweep (SPEC.md 1.2, 1.3, 5). Stage 0: the bound-free search over regular
/// positive functions (<see cref="RegularFunctionSearch"/>), one unit per subtree, a unit that exceeds
/// its node budget splitting into its unexplored subtrees; it gives every total. Stage 1: E(N, K) by
/// sorted weight vectors (method (a)) for K = 1, 2, … until it reaches the stage-0 total T(N) (that K
/// is M(N)) or the spec's limit. Two independent methods meet at E(N, M(N)) = T(N), which is checked.
/// The <c>grid</c> form runs every listed N in one sweep, each exactly as alone (<see cref="ConfigurationGrid{TSpec}"/>).
/// </summary>
public sealed class ThresholdCensusKind(long nodeBudget = ThresholdCensusKind.DefaultNodeBudget) : SweepKind<IThresholdCensusSpec>
{
    /// <summary>The kind's name in spec files.</summary>
    public const string KindName = "threshold-census";

    /// <summary>Search nodes one unit explores before splitting (about a second of work).</summary>
    public const long DefaultNodeBudget = 200_000;

    /// <inheritdoc />
    public override string Name => KindName;

    /// <inheritdoc />
    public override string Summary => "all threshold functions of N inputs: totals, NP classes, positive, self-dual, weights needed";

    /// <inheritdoc />
    public override IThresholdCensusSpec Parse(JsonElement spec) =>
        spec.ValueKind == JsonValueKind.Object && spec.TryGetProperty("grid", out _)
            ? ThresholdCensusGridParser.Parse(spec)
            : ThresholdCensusSpecParser.Parse(spec);

    /// <inheritdoc />
    public override SweepCost Estimate(IThresholdCensusSpec spec) =>
        spec is ThresholdCensusGridSpec g ? g.Grid.Cost(EstimateOne) : EstimateOne((ThresholdCensusSpec)spec);

    /// <inheritdoc />
    public override IReadOnlyList<WorkUnit> Plan(IThresholdCensusSpec spec, int stage, Partial soFar) =>
        spec is ThresholdCensusGridSpec g ? g.Grid.Plan(PlanOne, stage, soFar) : PlanOne((ThresholdCensusSpec)spec, stage, soFar);

    /// <inheritdoc />
    public override UnitOutcome Run(IThresholdCensusSpec spec, WorkUnit unit, UnitContext context) =>
        spec is ThresholdCensusGridSpec g ? g.Grid.Run(RunOne, unit, context) : RunOne((ThresholdCensusSpec)spec, unit, context);

    /// <inheritdoc />
    public override string? CheckTotal(IThresholdCensusSpec spec, Partial total) =>
        spec is ThresholdCensusGridSpec g ? g.Grid.CheckTotal(ThresholdCensusInvariants.Check, total) : ThresholdCensusInvariants.Check((ThresholdCensusSpec)spec, total);

    /// <inheritdoc />
    public override SweepReport Report(IThresholdCensusSpec spec, Partial total) => spec is ThresholdCensusGridSpec g
        ? GridReport.Build(g.Grid, total, ThresholdCensusReport.Build, Columns)
        : ThresholdCensusReport.Build((ThresholdCensusSpec)spec, total);

    private SweepCost EstimateOne(ThresholdCensusSpec spec) => ThresholdCensusCost.Estimate(spec, nodeBudget);

    // The grid table's result columns: the totals, the weight needed and E(N, K) for each K tried.
    private static IEnumerable<(string, string)> Columns(System.Text.Json.Nodes.JsonObject r)
    {
        yield return ("T(N)", (string)r["thresholdFunctions"]!);
        yield return ("NP classes", (string)r["npClasses"]!);
        yield return ("positive", (string)r["positiveFunctions"]!);
        yield return ("exactly N", (string)r["exactlyN"]!);
        yield return ("self-dual classes", (string)r["selfDualNpClasses"]!);
        yield return ("M(N)", r["maxWeight"]?.ToJsonString() ?? "-");
        foreach (var b in r["byWeightBound"]!.AsArray()) yield return ($"E(N, {b!["k"]})", (string)b["functions"]!);
    }

    private static IReadOnlyList<WorkUnit> PlanOne(ThresholdCensusSpec census, int stage, Partial soFar)
    {
        return stage switch
        {
            0 => [new WorkUnit("dfs", 0, "")],
            1 when census.N >= 1 && census.WeightBoundLimit >= 1 =>
                [new WorkUnit("bounds", 1, soFar[ThresholdCensusCounters.Functions].ToString(CultureInfo.InvariantCulture))],
            _ => [],
        };
    }

    private UnitOutcome RunOne(ThresholdCensusSpec census, WorkUnit unit, UnitContext context)
    {
        if (unit.Stage == 1) return new UnitOutcome.Completed(Bounds(census, BigInteger.Parse(unit.Payload, CultureInfo.InvariantCulture), context.Cancel));
        var search = new RegularFunctionSearch(census.N, nodeBudget);
        var result = search.Run(unit.Payload, context.Cancel);
        if (result.Unexplored.Count == 0) return new UnitOutcome.Completed(result.Partial);
        var children = result.Unexplored.Select((prefix, i) => new WorkUnit($"{unit.Id}.{i}", 0, prefix)).ToList();
        return new UnitOutcome.Split(result.Partial, children);
    }

    // E(N, K) for K = 1.. until it equals the search's total or the limit; the sets are checked against
    // the total so the two methods cross-check each other.
    private static Partial Bounds(ThresholdCensusSpec census, BigInteger target, CancellationToken cancel)
    {
        var classes = new HashSet<ChowKey>();
        SortedWeightEnumeration.Collect(census.N, 0, 0, classes);
        var counters = new List<(Counter, BigInteger)>();
        for (var k = 1; k <= census.WeightBoundLimit; k++)
        {
            cancel.ThrowIfCancellationRequested();
            SortedWeightEnumeration.Collect(census.N, k, k, classes);
            var count = SortedWeightEnumeration.OrbitSum(census.N, classes);
            if (count > target) throw new InvalidOperationException($"E({census.N}, {k}) = {count} exceeds the search total {target}");
            counters.Add((ThresholdCensusCounters.Bound(k), count));
            if (count == target) break;
        }

        return Partial.Of(counters);
    }
}
