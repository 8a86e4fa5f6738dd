using System.Text.Json;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Domain.SnnRegions.Sweep;

/// <summary>Reads the <c>grid</c> form of an snn-regions spec, naming the field on every error.</summary>
public static class SnnRegionsGridParser
{
    /// <summary>Most configurations one grid may hold.</summary>
    public const int MaxConfigurations = 64;

    /// <summary>Most units one grid may plan.</summary>
    public const int MaxUnits = 100_000;

    /// <summary>Most entries in each of the inputs, layers and boxes lists.</summary>
    public const int MaxListLength = 8;

    /// <summary>Validates a whole spec object that has a <c>grid</c> field (and no box: the grid gives its own).</summary>
    public static SnnRegionsGridSpec Parse(JsonElement element)
    {
        var root = new SpecObject(element);
        root.String("kind");
        var o = root.Object("grid");
        var inputs = Distinct(o, "inputs", (v, path) => (int)SpecObject.ToInteger(v, path, 1, 12), d => d.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var layers = Distinct(o, "layers", ReadWidths, w => string.Join(",", w));
        var boxes = Distinct(o, "boxes", ReadHalfWidth, h => h.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
        var signs = o.String("signs", "positive");
        if (signs is not ("positive" or "mixed")) throw new SpecException(o.FieldPath("signs"), $"expected \"positive\" or \"mixed\", got \"{signs}\"");
        var mode = o.String("mode");
        if (mode is not ("search" or "random")) throw new SpecException(o.FieldPath("mode"), $"expected \"search\" or \"random\", got \"{mode}\"");
        var search = mode == "search";
        // Only the chosen mode's size fields are read, so the other mode's fields fail as unknown.
        var restarts = search ? (int)o.Integer("restarts", 1, 10_000) : 0;
        var steps = search ? (int)o.Integer("steps", 0, 100_000) : 0;
        var count = search ? 0 : (int)o.Integer("count", 1, 100_000);
        var seed = o.Integer("seed", 1, long.MinValue, long.MaxValue);
        o.EnsureNoUnknownFields();
        root.EnsureNoUnknownFields();

        var configurations = (long)inputs.Count * layers.Count * boxes.Count;
        if (configurations > MaxConfigurations)
            throw new SpecException("grid", $"{configurations} configurations; at most {MaxConfigurations}");
        var unitsEach = search ? restarts : (count + SnnRegionsKind.DrawsPerUnit - 1) / SnnRegionsKind.DrawsPerUnit;
        if (configurations * unitsEach > MaxUnits)
            throw new SpecException(o.FieldPath(search ? "restarts" : "count"), $"{configurations * unitsEach} units; at most {MaxUnits}");
        return new SnnRegionsGridSpec(inputs, layers, boxes, signs == "mixed", search, restarts, steps, count, seed);
    }

    private static List<T> Distinct<T>(SpecObject o, string name, Func<JsonElement, string, T> read, Func<T, string> key)
    {
        var elements = o.Array(name);
        if (elements.Count is 0 or > MaxListLength)
            throw new SpecException(o.FieldPath(name), $"expected 1..{MaxListLength} entries, got {elements.Count}");
        var seen = new HashSet<string>();
        var values = new List<T>();
        for (var i = 0; i < elements.Count; i++)
        {
            var path = $"{o.FieldPath(name)}[{i}]";
            var value = read(elements[i], path);
            // Duplicates would make two configurations one; reject rather than silently merge.
            if (!seen.Add(key(value))) throw new SpecException(path, "repeats an earlier entry");
            values.Add(value);
        }

        return values;
    }

    private static IReadOnlyList<int> ReadWidths(JsonElement v, string path)
    {
        if (v.ValueKind != JsonValueKind.Array) throw new SpecException(path, $"expected an array of layer widths, got {SpecObject.Describe(v)}");
        var widths = v.EnumerateArray().Select((w, i) => (int)SpecObject.ToInteger(w, $"{path}[{i}]", 1, 8)).ToList();
        if (widths.Count is 0 or > 4) throw new SpecException(path, $"expected 1..4 layer widths, got {widths.Count}");
        return widths;
    }

    private static double ReadHalfWidth(JsonElement v, string path)
    {
        if (v.ValueKind != JsonValueKind.Number || !v.TryGetDouble(out var h) || !double.IsFinite(h))
            throw new SpecException(path, $"expected a finite number, got {SpecObject.Describe(v)}");
        if (h <= 0 || h > 1e6) throw new SpecException(path, $"half-width {h} is out of range (0, 1e6]");
        return h;
    }
}
