using System.Text.Json.Nodes;

namespace Expressivity.Domain.NeuronExpressivity;

/// <summary>
/// The integer values one weight coordinate may take (every coordinate independently): an explicit
/// set or an inclusive range. Values are addressed by index 0..<see cref="Count"/>-1 in ascending
/// order, so a range of any width never needs materialising.
/// </summary>
public sealed class WeightDomain
{
    private readonly long[]? _set;

    private WeightDomain(long[]? set, long min, long max)
    {
        _set = set;
        Min = min;
        Max = max;
        Count = set?.Length ?? (max - min + 1);
    }

    /// <summary>The smallest value.</summary>
    public long Min { get; }

    /// <summary>The largest value.</summary>
    public long Max { get; }

    /// <summary>How many values.</summary>
    public long Count { get; }

    /// <summary>True when written as <c>{"min","max"}</c>.</summary>
    public bool IsRange => _set is null;

    /// <summary>A set of distinct values (sorted here).</summary>
    public static WeightDomain FromSet(IEnumerable<long> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) throw new ArgumentException("empty weight set", nameof(values));
        return new WeightDomain(sorted, sorted[0], sorted[^1]);
    }

    /// <summary>Every integer in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static WeightDomain FromRange(long min, long max) =>
        min <= max ? new WeightDomain(null, min, max) : throw new ArgumentException("empty weight range");

    /// <summary>The value at <paramref name="index"/> (ascending order).</summary>
    public long ValueAt(long index) => _set is null ? Min + index : _set[index];

    /// <summary>The index of the first value ≥ <paramref name="value"/> (<see cref="Count"/> when none).</summary>
    public long FirstIndexAtLeast(long value)
    {
        if (_set is null) return value <= Min ? 0 : value > Max ? Count : value - Min;
        var i = Array.BinarySearch(_set, value);
        return i >= 0 ? i : ~i;
    }

    /// <summary>True when 0 is one of the values.</summary>
    public bool ContainsZero => FirstIndexAtLeast(0) < FirstIndexAtLeast(1);

    /// <summary>True when the values are closed under negation (v is a value exactly when −v is).</summary>
    public bool IsSymmetric
    {
        get
        {
            if (_set is null) return Min == -Max;
            for (var i = 0; i < _set.Length; i++)
            {
                if (_set[i] != -_set[^(i + 1)]) return false;
            }

            return true;
        }
    }

    /// <summary>True when the domain is exactly <paramref name="values"/> (any order), however written.</summary>
    public bool IsExactly(params long[] values)
    {
        var distinct = values.Distinct().Order().ToArray();
        if (Count != distinct.Length) return false;
        for (var i = 0; i < distinct.Length; i++)
        {
            if (ValueAt(i) != distinct[i]) return false;
        }

        return true;
    }

    /// <summary>The normal JSON spelling: the range, or the sorted set.</summary>
    public JsonObject ToNormalJson() => _set is null
        ? new JsonObject { ["min"] = Min, ["max"] = Max }
        : new JsonObject { ["set"] = new JsonArray(_set.Select(v => (JsonNode)JsonValue.Create(v)).ToArray()) };
}
