using System.Text.Json;

namespace Expressivity.Domain.Sweeps.Grids;

/// <summary>
/// Reading the list fields of a <c>grid</c> spec: a list of values, or for integers also a range
/// <c>{"min": a, "max": b}</c>; every entry distinct (two equal entries would make two configurations one).
/// Every error names the field or entry.
/// </summary>
public static class GridFields
{
    /// <summary>Most configurations one grid may hold.</summary>
    public const int MaxConfigurations = 64;

    /// <summary>
    /// Integers from a list or a <c>{"min", "max"}</c> range, each within [min, max], at most <see cref="MaxConfigurations"/>,
    /// each with the path an error about it names (the entry of a list, the field of a range).
    /// </summary>
    public static IReadOnlyList<(long Value, string Path)> Integers(SpecObject o, string name, long min, long max)
    {
        var raw = o.Required(name);
        if (raw.ValueKind == JsonValueKind.Object)
        {
            var range = o.Object(name);
            var lo = range.Integer("min", min, max);
            var hi = range.Integer("max", min, max);
            range.EnsureNoUnknownFields();
            if (lo > hi) throw new SpecException(range.FieldPath("min"), $"min {lo} > max {hi}: the range is empty");
            if (hi - lo >= MaxConfigurations) throw new SpecException(o.FieldPath(name), $"{hi - lo + 1} values; at most {MaxConfigurations}");
            return Enumerable.Range(0, (int)(hi - lo + 1)).Select(i => (lo + i, o.FieldPath(name))).ToList();
        }

        if (raw.ValueKind != JsonValueKind.Array)
            throw new SpecException(o.FieldPath(name), $"expected a list of integers or a range {{\"min\", \"max\"}}, got {SpecObject.Describe(raw)}");
        return Entries(o, name, (v, path) => SpecObject.ToInteger(v, path, min, max), v => v.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The entries of a list field with their paths, each read by <paramref name="read"/>, distinct by <paramref name="key"/>.</summary>
    public static IReadOnlyList<(T Value, string Path)> Entries<T>(SpecObject o, string name, Func<JsonElement, string, T> read, Func<T, string> key)
    {
        var elements = o.Array(name);
        if (elements.Count is 0 or > MaxConfigurations)
            throw new SpecException(o.FieldPath(name), $"expected 1..{MaxConfigurations} entries, got {elements.Count}");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var values = new List<(T, string)>();
        for (var i = 0; i < elements.Count; i++)
        {
            var path = $"{o.FieldPath(name)}[{i}]";
            var value = read(elements[i], path);
            if (!seen.Add(key(value))) throw new SpecException(path, "repeats an earlier entry");
            values.Add((value, path));
        }

        return values;
    }

    /// <summary>Refuses a grid whose lists multiply to more than <see cref="MaxConfigurations"/> configurations.</summary>
    public static void CheckCount(long configurations, string field)
    {
        if (configurations > MaxConfigurations)
            throw new SpecException(field, $"{configurations} configurations; at most {MaxConfigurations}");
    }

    /// <summary>
    /// Parses one configuration's single-form spec; an error in it is reported at the grid field it came from
    /// (<paramref name="origin"/> maps the single spec's top-level field to a grid path), saying which configuration.
    /// </summary>
    public static TSpec Configuration<TSpec>(string json, Func<string, TSpec> parse, Func<string, string> origin, string label)
    {
        try
        {
            return parse(json);
        }
        catch (SpecException e)
        {
            var dot = e.Field.IndexOfAny(['.', '[']);
            var (head, rest) = dot < 0 ? (e.Field, "") : (e.Field[..dot], e.Field[dot..]);
            throw new SpecException(origin(head) + rest, $"{e.Problem} (configuration {label})");
        }
    }
}
