using System.Text.Json;
using Expressivity.Domain.SnnRegions.Sweep;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Domain.SnnRegions;

/// <summary>Reads an snn-regions spec with field-named errors (SPEC.md section 5; forms in docs/design/snn-regions.md).</summary>
public static class SnnRegionsSpecParser
{
    /// <summary>Validates the whole spec object: the <c>grid</c> form when it has a <c>grid</c> field, else a single form.</summary>
    public static ISnnRegionsSpec Parse(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("grid", out _)
            ? SnnRegionsGridParser.Parse(element)
            : ParseSingle(element);

    /// <summary>Validates a single-form spec (network, random or search).</summary>
    public static SnnRegionsSpec ParseSingle(JsonElement element)
    {
        var root = new SpecObject(element);
        root.String("kind");
        var box = root.Object("box");
        var min = box.Number("min");
        var max = box.Number("max");
        if (min >= max) throw new SpecException("box", $"empty box: min {min} must be below max {max}");
        box.EnsureNoUnknownFields();

        var forms = new[] { "network", "random", "search" }.Where(root.Has).ToList();
        if (forms.Count != 1)
            throw new SpecException(forms.Count == 0 ? "network" : forms[1], "give exactly one of network, random, search or grid");
        var spec = forms[0] switch
        {
            "network" => new SnnRegionsSpec(min, max, NetworkJson.Read(root.Object("network")), null, null),
            "random" => new SnnRegionsSpec(min, max, null, ReadRandom(root.Object("random")), null),
            _ => new SnnRegionsSpec(min, max, null, null, ReadSearch(root.Object("search"))),
        };
        root.EnsureNoUnknownFields();
        return spec;
    }

    private static RandomDraws ReadRandom(SpecObject o)
    {
        var (family, seed) = ReadFamily(o);
        var draws = new RandomDraws(family, seed, (int)o.Integer("count", 1, 1_000_000));
        o.EnsureNoUnknownFields();
        return draws;
    }

    private static RegionSearchForm ReadSearch(SpecObject o)
    {
        var (family, seed) = ReadFamily(o);
        var search = new RegionSearchForm(family, seed, (int)o.Integer("restarts", 1, 100_000), (int)o.Integer("steps", 0, 100_000));
        o.EnsureNoUnknownFields();
        return search;
    }

    private static (RandomNetworks Family, long Seed) ReadFamily(SpecObject o)
    {
        var inputs = (int)o.Integer("inputs", 1, 12);
        var layers = o.Array("layers");
        if (layers.Count is 0 or > 4) throw new SpecException(o.FieldPath("layers"), $"expected 1..4 layer widths, got {layers.Count}");
        var widths = layers.Select((w, i) => (int)SpecObject.ToInteger(w, $"{o.FieldPath("layers")}[{i}]", 1, 8)).ToArray();
        var signs = o.String("signs", "positive");
        if (signs is not ("positive" or "mixed")) throw new SpecException(o.FieldPath("signs"), $"expected \"positive\" or \"mixed\", got \"{signs}\"");
        var seed = o.Integer("seed", 1, long.MinValue, long.MaxValue);
        return (new RandomNetworks(inputs, widths, signs == "mixed"), seed);
    }
}
