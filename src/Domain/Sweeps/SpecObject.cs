using System.Text.Json;

namespace Expressivity.Domain.Sweeps;

/// <summary>
/// Strict reader over one JSON object of a spec: typed getters that name the field on error, and
/// <see cref="EnsureNoUnknownFields"/> to reject anything not read (SPEC.md section 5: unknown fields are an error).
/// </summary>
public sealed class SpecObject
{
    private readonly JsonElement _element;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    /// <summary>Wraps <paramref name="element"/>, which must be an object; <paramref name="path"/> prefixes field names in errors.</summary>
    public SpecObject(JsonElement element, string path = "")
    {
        if (element.ValueKind != JsonValueKind.Object)
            throw new SpecException(path.Length == 0 ? "$" : path, $"expected an object, got {Describe(element)}");
        _element = element;
        Path = path;
    }

    /// <summary>Dotted path of this object ("" for the root).</summary>
    public string Path { get; }

    /// <summary>The dotted path of a field of this object.</summary>
    public string FieldPath(string name) => Path.Length == 0 ? name : $"{Path}.{name}";

    /// <summary>True when the field is present (and marks it read).</summary>
    public bool Has(string name)
    {
        _read.Add(name);
        return _element.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null;
    }

    /// <summary>The raw element of a field, or null when absent.</summary>
    public JsonElement? Raw(string name)
    {
        _read.Add(name);
        return _element.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v : null;
    }

    /// <summary>A required field's raw element.</summary>
    public JsonElement Required(string name) =>
        Raw(name) ?? throw new SpecException(FieldPath(name), "is required");

    /// <summary>A required string.</summary>
    public string String(string name)
    {
        var v = Required(name);
        return v.ValueKind == JsonValueKind.String
            ? v.GetString()!
            : throw new SpecException(FieldPath(name), $"expected a string, got {Describe(v)}");
    }

    /// <summary>An optional string with a default.</summary>
    public string String(string name, string fallback) => Has(name) ? String(name) : fallback;

    /// <summary>A required integer within [min, max].</summary>
    public long Integer(string name, long min = long.MinValue, long max = long.MaxValue) =>
        ToInteger(Required(name), FieldPath(name), min, max);

    /// <summary>An optional integer with a default.</summary>
    public long Integer(string name, long fallback, long min, long max) =>
        Has(name) ? Integer(name, min, max) : fallback;

    /// <summary>A required number (IEEE double, exact binary fraction as written).</summary>
    public double Number(string name)
    {
        var v = Required(name);
        if (v.ValueKind != JsonValueKind.Number || !v.TryGetDouble(out var d) || !double.IsFinite(d))
            throw new SpecException(FieldPath(name), $"expected a finite number, got {Describe(v)}");
        return d;
    }

    /// <summary>A required nested object.</summary>
    public SpecObject Object(string name) => new(Required(name), FieldPath(name));

    /// <summary>A required array's elements.</summary>
    public IReadOnlyList<JsonElement> Array(string name)
    {
        var v = Required(name);
        return v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().ToList()
            : throw new SpecException(FieldPath(name), $"expected an array, got {Describe(v)}");
    }

    /// <summary>Throws for the first field present in the object that no getter asked for.</summary>
    public void EnsureNoUnknownFields()
    {
        foreach (var p in _element.EnumerateObject())
        {
            if (!_read.Contains(p.Name))
                throw new SpecException(FieldPath(p.Name), "unknown field");
        }
    }

    /// <summary>Reads an integer element within [min, max], naming <paramref name="path"/> on error.</summary>
    public static long ToInteger(JsonElement v, string path, long min = long.MinValue, long max = long.MaxValue)
    {
        if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt64(out var x))
            throw new SpecException(path, $"expected an integer, got {Describe(v)}");
        if (x < min || x > max)
            throw new SpecException(path, $"{x} is out of range [{min}, {max}]");
        return x;
    }

    /// <summary>A short description of an element for error messages.</summary>
    public static string Describe(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{v.GetString()}\"",
        JsonValueKind.Number => $"the number {v.GetRawText()}",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.True or JsonValueKind.False => v.GetRawText(),
        _ => "null",
    };
}
