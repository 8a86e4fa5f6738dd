using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Domain.SnnRegions.Sweep;

/// <summary>
/// The result of a grid: per configuration, the single-configuration report built from that
/// configuration's own counters (so it is exactly what the configuration run alone reports), with the
/// known bounds beside it.
/// </summary>
public static class SnnRegionsGridReport
{
    /// <summary>The report of a finished grid sweep.</summary>
    public static SweepReport Build(SnnRegionsGridSpec spec, Partial total)
    {
        var configurations = new JsonArray();
        var rows = new List<KeyValuePair<string, string>>();
        foreach (var c in spec.Configurations)
        {
            var alone = SnnRegionsReport.Build(spec.Alone(c), GridCounters.Extract(c.Index, total)).Result;
            var shared = RegionBounds.SharedWeights(c.Inputs, c.Widths);
            var bounds = new JsonObject
            {
                ["oneNeuron"] = Text(RegionBounds.OneNeuron(c.Inputs)),
                ["product"] = Text(RegionBounds.Product(c.Inputs, c.Widths, spec.Mixed)),
                ["sharedWeights"] = shared is { } s ? Text(s) : null,
            };
            var entry = new JsonObject
            {
                ["inputs"] = c.Inputs,
                ["layers"] = new JsonArray(c.Widths.Select(w => (JsonNode)w).ToArray()),
                ["box"] = new JsonObject { ["min"] = -c.HalfWidth, ["max"] = c.HalfWidth },
                ["neurons"] = c.Neurons,
            };
            foreach (var (key, value) in alone) entry[key] = value?.DeepClone();
            entry["bounds"] = bounds;
            configurations.Add(entry);

            var best = alone["best"]!["regions"]!.GetValue<string>();
            rows.Add(KeyValuePair.Create(
                $"d={c.Inputs} layers=[{string.Join(",", c.Widths)}] box=±{c.HalfWidth.ToString(CultureInfo.InvariantCulture)}",
                $"best {best} (one neuron {bounds["oneNeuron"]}, product {bounds["product"]}, shared weights {bounds["sharedWeights"]?.ToString() ?? "-"})"));
        }

        var result = new JsonObject
        {
            ["mode"] = spec.Search ? "search" : "random",
            ["mixedSigns"] = spec.Mixed,
            ["configurations"] = configurations,
        };
        return new SweepReport(result, rows);
    }

    private static string Text(BigInteger value) => value.ToString(CultureInfo.InvariantCulture);
}
