using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Expressivity.Domain.Sweeps;
using Expressivity.Domain.Sweeps.Grids;

namespace Expressivity.Domain.ThresholdCensus;

/// <summary>
/// Reads the <c>grid</c> form of a threshold-census spec: <c>n</c> (list or range) and optionally
/// <c>weightBoundLimit</c> (list or range; without it each N has its single-form default). Each
/// configuration is validated by the single-form parser; its errors name the grid field they came from.
/// </summary>
public static class ThresholdCensusGridParser
{
    /// <summary>Validates a whole spec object that has a <c>grid</c> field.</summary>
    public static ThresholdCensusGridSpec Parse(JsonElement element)
    {
        var root = new SpecObject(element);
        var kind = root.String("kind");
        var o = root.Object("grid");
        var ns = GridFields.Integers(o, "n", 0, ThresholdCensusSpec.MaxN);
        IReadOnlyList<(long Value, string Path)>? limits = o.Has("weightBoundLimit") ? GridFields.Integers(o, "weightBoundLimit", 0, 1000) : null;
        o.EnsureNoUnknownFields();
        root.EnsureNoUnknownFields();
        GridFields.CheckCount((long)ns.Count * (limits?.Count ?? 1), o.Path);

        var configurations = new List<ThresholdCensusSpec>();
        foreach (var (n, nPath) in ns)
        {
            foreach (var limit in limits ?? [(-1, o.FieldPath("weightBoundLimit"))])
            {
                var single = new JsonObject { ["kind"] = kind, ["n"] = n };
                if (limit.Value >= 0) single["weightBoundLimit"] = limit.Value;
                var label = string.Create(CultureInfo.InvariantCulture, $"n={n}") + (limit.Value >= 0 ? $", weightBoundLimit={limit.Value}" : "");
                configurations.Add(GridFields.Configuration(single.ToJsonString(), Single, field => field == "n" ? nPath : field == "weightBoundLimit" ? limit.Path : o.FieldPath(field), label));
            }
        }

        var normal = new JsonObject { ["n"] = new JsonArray(ns.Select(x => (JsonNode)x.Value).ToArray()) };
        if (limits is not null) normal["weightBoundLimit"] = new JsonArray(limits.Select(x => (JsonNode)x.Value).ToArray());
        return new ThresholdCensusGridSpec(new ConfigurationGrid<ThresholdCensusSpec>(configurations), normal);
    }

    private static ThresholdCensusSpec Single(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return ThresholdCensusSpecParser.Parse(doc.RootElement);
    }
}
