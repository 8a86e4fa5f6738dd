using System.Globalization;
using System.Text.Json.Nodes;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Domain.ThresholdCensus;

/// <summary>Turns the merged census counters into the result object (counts as decimal strings).</summary>
public static class ThresholdCensusReport
{
    /// <summary>The report of a finished census: totals, weights needed and E(N, K) for each K tried.</summary>
    public static SweepReport Build(ThresholdCensusSpec census, Partial total)
    {
        var bounds = new JsonArray();
        int? maxWeight = census.N == 0 ? 0 : null;
        foreach (var (key, value) in total.Values.Where(kv => kv.Key.StartsWith(ThresholdCensusCounters.BoundPrefix, StringComparison.Ordinal)))
        {
            var k = int.Parse(key[ThresholdCensusCounters.BoundPrefix.Length..], CultureInfo.InvariantCulture);
            bounds.Add(new JsonObject { ["k"] = k, ["functions"] = value.ToString(CultureInfo.InvariantCulture) });
            if (value == total[ThresholdCensusCounters.Functions]) maxWeight ??= k;
        }

        string Count(Counter counter) => total[counter].ToString(CultureInfo.InvariantCulture);
        var result = new JsonObject
        {
            ["thresholdFunctions"] = Count(ThresholdCensusCounters.Functions),
            ["npClasses"] = Count(ThresholdCensusCounters.Classes),
            ["positiveFunctions"] = Count(ThresholdCensusCounters.Positive),
            ["exactlyN"] = Count(ThresholdCensusCounters.ExactlyN),
            ["selfDualNpClasses"] = Count(ThresholdCensusCounters.SelfDual),
            ["maxWeight"] = maxWeight,
            ["byWeightBound"] = bounds,
        };
        var rows = new List<KeyValuePair<string, string>>
        {
            new("threshold functions", Count(ThresholdCensusCounters.Functions)),
            new("NP classes", Count(ThresholdCensusCounters.Classes)),
            new("positive functions", Count(ThresholdCensusCounters.Positive)),
            new("depending on exactly N", Count(ThresholdCensusCounters.ExactlyN)),
            new("self-dual NP classes", Count(ThresholdCensusCounters.SelfDual)),
            new("max weight needed", maxWeight?.ToString(CultureInfo.InvariantCulture) ?? $"> {census.WeightBoundLimit}"),
            new("search nodes / LPs / certificates / exact re-solves",
                $"{Count(ThresholdCensusCounters.Nodes)} / {Count(ThresholdCensusCounters.Programs)} / {Count(ThresholdCensusCounters.Certificates)} / {Count(ThresholdCensusCounters.ExactSolves)}"),
        };
        rows.AddRange(bounds.Select(b => KeyValuePair.Create($"E(N, {b!["k"]})", (string)b["functions"]!)));
        return new SweepReport(result, rows);
    }
}
