using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Expressivity.Domain.Sweeps;
using Expressivity.Domain.Threshold;

namespace Expressivity.Domain.ThresholdCensus;

/// <summary>
/// The threshold-census sweep (SPEC.md 1.2, 1.3, 5). Stage 0: the bound-free search over regular
/// positive functions (<see cref="RegularFunctionSearch"/>), one unit per subtree, a unit that exceeds
/// its node budget splitting into its unexplored subtrees; it gives every total. Stage 1: E(N, K) by
/// sorted weight vectors (method (a)) for K = 1, 2, … until it reaches the stage-0 total T(N) (that K
/// is M(N)) or the spec's limit. Two independent methods meet at E(N, M(N)) = T(N), which is checked.
/// </summary>
public sealed class ThresholdCensusKind(long nodeBudget = ThresholdCensusKind.DefaultNodeBudget) : ISweepKind
{
    /// <summary>The kind's name in spec files.</summary>
    public const string KindName = "threshold-census";

    /// <summary>Search nodes one unit explores before splitting (about a second of work).</summary>
    public const long DefaultNodeBudget = 200_000;

    private const string BoundPrefix = "bound.";

    /// <inheritdoc />
    public string Name => KindName;

    /// <inheritdoc />
    public string Summary => "all threshold functions of N inputs: totals, NP classes, positive, self-dual, weights needed";

    /// <inheritdoc />
    public ISweepSpec Parse(JsonElement spec) => ThresholdCensusSpec.Parse(spec);

    /// <inheritdoc />
    public IReadOnlyList<WorkUnit> Plan(ISweepSpec spec, int stage, Partial soFar)
    {
        var census = (ThresholdCensusSpec)spec;
        return stage switch
        {
            0 => [new WorkUnit("dfs", 0, "")],
            1 when census.N >= 1 && census.WeightBoundLimit >= 1 =>
                [new WorkUnit("bounds", 1, soFar[CensusTally.Functions].ToString(CultureInfo.InvariantCulture))],
            _ => [],
        };
    }

    /// <inheritdoc />
    public UnitOutcome Run(ISweepSpec spec, WorkUnit unit, UnitContext context)
    {
        var census = (ThresholdCensusSpec)spec;
        if (unit.Stage == 1) return new UnitOutcome.Completed(Bounds(census, BigInteger.Parse(unit.Payload, CultureInfo.InvariantCulture), context.Cancel));
        var search = new RegularFunctionSearch(census.N, nodeBudget);
        var result = search.Run(unit.Payload, context.Cancel);
        if (result.Unexplored.Count == 0) return new UnitOutcome.Completed(result.Partial);
        var children = result.Unexplored.Select((prefix, i) => new WorkUnit($"{unit.Id}.{i}", 0, prefix)).ToList();
        return new UnitOutcome.Split(result.Partial, children);
    }

    /// <inheritdoc />
    public SweepReport Report(ISweepSpec spec, Partial total)
    {
        var census = (ThresholdCensusSpec)spec;
        var bounds = new JsonArray();
        int? maxWeight = census.N == 0 ? 0 : null;
        foreach (var (key, value) in total.Values.Where(kv => kv.Key.StartsWith(BoundPrefix, StringComparison.Ordinal)))
        {
            var k = int.Parse(key[BoundPrefix.Length..], CultureInfo.InvariantCulture);
            bounds.Add(new JsonObject { ["k"] = k, ["functions"] = value.ToString(CultureInfo.InvariantCulture) });
            if (value == total[CensusTally.Functions]) maxWeight ??= k;
        }

        string Count(string key) => total[key].ToString(CultureInfo.InvariantCulture);
        var result = new JsonObject
        {
            ["thresholdFunctions"] = Count(CensusTally.Functions),
            ["npClasses"] = Count(CensusTally.Classes),
            ["positiveFunctions"] = Count(CensusTally.Positive),
            ["exactlyN"] = Count(CensusTally.ExactlyN),
            ["selfDualNpClasses"] = Count(CensusTally.SelfDual),
            ["maxWeight"] = maxWeight,
            ["byWeightBound"] = bounds,
        };
        var rows = new List<KeyValuePair<string, string>>
        {
            new("threshold functions", Count(CensusTally.Functions)),
            new("NP classes", Count(CensusTally.Classes)),
            new("positive functions", Count(CensusTally.Positive)),
            new("depending on exactly N", Count(CensusTally.ExactlyN)),
            new("self-dual NP classes", Count(CensusTally.SelfDual)),
            new("max weight needed", maxWeight?.ToString(CultureInfo.InvariantCulture) ?? $"> {census.WeightBoundLimit}"),
            new("search nodes / LPs / certificates / exact re-solves",
                $"{Count(CensusTally.Nodes)} / {Count(CensusTally.Programs)} / {Count(CensusTally.Certificates)} / {Count(CensusTally.ExactSolves)}"),
        };
        rows.AddRange(bounds.Select(b => KeyValuePair.Create($"E(N, {b!["k"]})", (string)b["functions"]!)));
        return new SweepReport(result, rows);
    }

    // E(N, K) for K = 1.. until it equals the search's total or the limit; the sets are checked against
    // the total so the two methods cross-check each other.
    private static Partial Bounds(ThresholdCensusSpec census, BigInteger target, CancellationToken cancel)
    {
        var classes = new HashSet<ChowKey>();
        SortedWeightEnumeration.Collect(census.N, 0, 0, classes);
        var counters = new List<(string, BigInteger)>();
        for (var k = 1; k <= census.WeightBoundLimit; k++)
        {
            cancel.ThrowIfCancellationRequested();
            SortedWeightEnumeration.Collect(census.N, k, k, classes);
            var count = SortedWeightEnumeration.OrbitSum(census.N, classes);
            if (count > target) throw new InvalidOperationException($"E({census.N}, {k}) = {count} exceeds the search total {target}");
            counters.Add(($"{BoundPrefix}{k:D4}", count));
            if (count == target) break;
        }

        return Partial.Of(counters.ToArray());
    }
}
