using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Expressivity.Domain.Sweeps;
using Expressivity.Domain.Sweeps.Grids;

namespace Expressivity.Domain.NeuronExpressivity;

/// <summary>
/// Reads the <c>grid</c> form of a neuron-expressivity spec: <c>n</c> (list or range), <c>weightBounds</c>
/// (K: weights in [−K, K], list or range) and/or <c>weights</c> (a list of weight families as in the single
/// form), optional <c>inputs</c> (list), <c>threshold</c> and <c>method</c> (shared). Each configuration is
/// validated by the single-form parser; its errors name the grid field they came from.
/// </summary>
public static class NeuronExpressivityGridParser
{
    /// <summary>Validates a whole spec object that has a <c>grid</c> field.</summary>
    public static NeuronExpressivityGridSpec Parse(JsonElement element)
    {
        var root = new SpecObject(element);
        var kind = root.String("kind");
        var o = root.Object("grid");
        var ns = GridFields.Integers(o, "n", 1, NeuronLimits.MaxCanonicalN);
        var families = new List<(JsonNode Weights, string Path)>();
        if (o.Has("weightBounds"))
        {
            foreach (var (k, path) in GridFields.Integers(o, "weightBounds", 0, NeuronLimits.MaxDotMagnitude))
                families.Add((new JsonObject { ["min"] = -k, ["max"] = k }, path));
        }

        if (o.Has("weights"))
        {
            families.AddRange(GridFields.Entries(o, "weights", (v, path) => v.ValueKind == JsonValueKind.Object
                ? JsonNode.Parse(v.GetRawText())!
                : throw new SpecException(path, $"expected a weight family object ({{\"min\", \"max\"}} or {{\"set\"}}), got {SpecObject.Describe(v)}"), w => w.ToJsonString()));
        }

        if (families.Count == 0)
            throw new SpecException(o.FieldPath("weightBounds"), "give weightBounds (K: weights in [−K, K]) or weights (a list of weight families), or both");
        var inputs = o.Has("inputs")
            ? GridFields.Entries(o, "inputs", (v, path) => v.ValueKind == JsonValueKind.String && v.GetString() is "binary" or "bipolar"
                ? v.GetString()!
                : throw new SpecException(path, $"expected \"binary\" or \"bipolar\", got {SpecObject.Describe(v)}"), s => s)
            : [("binary", o.FieldPath("inputs"))];
        var threshold = o.Raw("threshold") is { } t ? JsonNode.Parse(t.GetRawText()) : null;
        var method = o.Has("method") ? o.String("method") : "auto";
        o.EnsureNoUnknownFields();
        root.EnsureNoUnknownFields();
        GridFields.CheckCount((long)ns.Count * inputs.Count * families.Count, o.Path);

        var configurations = new List<NeuronExpressivitySpec>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (n, nPath) in ns)
        {
            foreach (var (encoding, inputsPath) in inputs)
            {
                foreach (var (weights, weightsPath) in families)
                {
                    var single = new JsonObject { ["kind"] = kind, ["n"] = n, ["inputs"] = encoding, ["weights"] = weights.DeepClone(), ["method"] = method };
                    if (threshold is not null) single["threshold"] = threshold.DeepClone();
                    var label = string.Create(CultureInfo.InvariantCulture, $"n={n}, inputs={encoding}, weights={weights.ToJsonString()}");
                    var spec = GridFields.Configuration(single.ToJsonString(), Single, field => field switch
                    {
                        "n" => nPath,
                        "inputs" => inputsPath,
                        "weights" => weightsPath,
                        _ => o.FieldPath(field),
                    }, label);
                    // weightBounds K and the family {"min": -K, "max": K} are one configuration: refuse rather than merge.
                    if (!seen.Add(spec.ToNormalJson().ToJsonString())) throw new SpecException(weightsPath, $"repeats an earlier weight family ({label})");
                    configurations.Add(spec);
                }
            }
        }

        var first = configurations[0].ToNormalJson();
        var normal = new JsonObject
        {
            ["n"] = new JsonArray(ns.Select(x => (JsonNode)x.Value).ToArray()),
            ["inputs"] = new JsonArray(inputs.Select(x => (JsonNode)x.Value).ToArray()),
            ["weights"] = new JsonArray(configurations.Take(families.Count).Select(c => c.ToNormalJson()["weights"]!.DeepClone()).ToArray()),
            ["threshold"] = first["threshold"]!.DeepClone(),
            ["method"] = method,
        };
        return new NeuronExpressivityGridSpec(new ConfigurationGrid<NeuronExpressivitySpec>(configurations), normal);
    }

    private static NeuronExpressivitySpec Single(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return NeuronExpressivitySpecParser.Parse(doc.RootElement);
    }
}
