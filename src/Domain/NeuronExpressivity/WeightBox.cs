using System.Globalization;

namespace Expressivity.Domain.NeuronExpressivity;

/// <summary>
/// A box of weight vectors: for each coordinate an inclusive range of value indices into the
/// <see cref="WeightDomain"/>. Every map unit is one box, lying inside a single sign pattern.
/// Payload text: "lo:hi" per coordinate, comma separated (coordinate 0 first), e.g. "10:18,9:9,0:8".
/// </summary>
public sealed class WeightBox
{
    private readonly long[] _low;
    private readonly long[] _high;

    /// <summary>A box from per-coordinate inclusive index ranges.</summary>
    public WeightBox(long[] low, long[] high)
    {
        if (low.Length != high.Length || low.Length == 0) throw new ArgumentException("need one range per coordinate");
        for (var i = 0; i < low.Length; i++)
        {
            if (low[i] < 0 || low[i] > high[i]) throw new ArgumentException($"empty range for coordinate {i}");
        }

        _low = low;
        _high = high;
    }

    /// <summary>Number of coordinates.</summary>
    public int Dimensions => _low.Length;

    /// <summary>Lowest index of coordinate <paramref name="i"/>.</summary>
    public long Low(int i) => _low[i];

    /// <summary>Highest index of coordinate <paramref name="i"/>.</summary>
    public long High(int i) => _high[i];

    /// <summary>How many indices coordinate <paramref name="i"/> spans.</summary>
    public long Size(int i) => _high[i] - _low[i] + 1;

    /// <summary>Number of weight vectors in the box (the parser caps the whole space at 2^40).</summary>
    public long Count
    {
        get
        {
            long count = 1;
            for (var i = 0; i < Dimensions; i++) count = checked(count * Size(i));
            return count;
        }
    }

    /// <summary>The same box with coordinate <paramref name="i"/> restricted to [<paramref name="low"/>, <paramref name="high"/>].</summary>
    public WeightBox With(int i, long low, long high)
    {
        var l = (long[])_low.Clone();
        var h = (long[])_high.Clone();
        l[i] = low;
        h[i] = high;
        return new WeightBox(l, h);
    }

    /// <summary>The payload text.</summary>
    public string ToPayload() =>
        string.Join(",", _low.Select((l, i) => string.Create(CultureInfo.InvariantCulture, $"{l}:{_high[i]}")));

    /// <summary>Parses payload text for an n-input spec.</summary>
    public static WeightBox Parse(string payload, int n)
    {
        var parts = payload.Split(',');
        if (parts.Length != n) throw new FormatException($"box payload '{payload}' needs {n} ranges");
        var low = new long[n];
        var high = new long[n];
        for (var i = 0; i < n; i++)
        {
            var ends = parts[i].Split(':');
            if (ends.Length != 2) throw new FormatException($"bad range '{parts[i]}' in box payload");
            low[i] = long.Parse(ends[0], CultureInfo.InvariantCulture);
            high[i] = long.Parse(ends[1], CultureInfo.InvariantCulture);
        }

        return new WeightBox(low, high);
    }
}
