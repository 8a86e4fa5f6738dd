using System.Runtime.Intrinsics;

namespace Expressivity.Domain.NeuronExpressivity;

/// <summary>
/// Minimum and maximum of a span of longs (the spread of one weight vector's dot products, which picks
/// the bucket or sort path of <see cref="ThresholdTables"/>). Vector512 where the hardware accelerates
/// it, else Vector256, else scalar; <see cref="Width"/> forces a path so tests can compare each with
/// the scalar reference.
/// </summary>
public static class DotRange
{
    /// <summary>Which implementation to run.</summary>
    public enum Width
    {
        /// <summary>The widest the hardware accelerates.</summary>
        Auto,

        /// <summary>Plain loop (the reference).</summary>
        Scalar,

        /// <summary>256-bit vectors (scalar when not accelerated).</summary>
        Vector256,

        /// <summary>512-bit vectors (falls back to 256-bit or scalar when not accelerated).</summary>
        Vector512,
    }

    /// <summary>Min and max of <paramref name="values"/>, which must not be empty.</summary>
    public static (long Min, long Max) Of(ReadOnlySpan<long> values, Width width = Width.Auto)
    {
        if (values.IsEmpty) throw new ArgumentException("no values", nameof(values));
        if (width is Width.Auto or Width.Vector512 && Vector512.IsHardwareAccelerated && values.Length >= Vector512<long>.Count)
            return Wide512(values);
        if (width != Width.Scalar && Vector256.IsHardwareAccelerated && values.Length >= Vector256<long>.Count)
            return Wide256(values);
        return Scalar(values);
    }

    /// <summary>The reference: one comparison pair per value.</summary>
    public static (long Min, long Max) Scalar(ReadOnlySpan<long> values)
    {
        long min = values[0], max = values[0];
        foreach (var v in values)
        {
            if (v < min) min = v;
            if (v > max) max = v;
        }

        return (min, max);
    }

    private static (long Min, long Max) Wide512(ReadOnlySpan<long> values)
    {
        var count = Vector512<long>.Count;
        var min = Vector512.Create(values);
        var max = min;
        // Whole vectors, then one last vector overlapping the tail (re-reading values is harmless for min/max).
        for (var i = count; i < values.Length; i += count)
        {
            var v = Vector512.Create(values[Math.Min(i, values.Length - count)..]);
            min = Vector512.Min(min, v);
            max = Vector512.Max(max, v);
        }

        return Reduce(min.GetLower(), min.GetUpper(), max.GetLower(), max.GetUpper());
    }

    private static (long Min, long Max) Wide256(ReadOnlySpan<long> values)
    {
        var count = Vector256<long>.Count;
        var min = Vector256.Create(values);
        var max = min;
        for (var i = count; i < values.Length; i += count)
        {
            var v = Vector256.Create(values[Math.Min(i, values.Length - count)..]);
            min = Vector256.Min(min, v);
            max = Vector256.Max(max, v);
        }

        return Reduce(min, min, max, max);
    }

    private static (long Min, long Max) Reduce(Vector256<long> min1, Vector256<long> min2, Vector256<long> max1, Vector256<long> max2)
    {
        var min = Vector256.Min(min1, min2);
        var max = Vector256.Max(max1, max2);
        long lo = min[0], hi = max[0];
        for (var i = 1; i < Vector256<long>.Count; i++)
        {
            lo = Math.Min(lo, min[i]);
            hi = Math.Max(hi, max[i]);
        }

        return (lo, hi);
    }
}
