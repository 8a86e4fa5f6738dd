using System.Runtime.CompilerServices;

namespace Expressivity.Domain.NeuronExpressivity;

/// <summary>
/// The brute-force hot loop: from the dot products of one weight vector, every distinct truth table
/// [w·x ≥ t] for t in a window [low, high], all at once. With S(t) = {x : w·x ≥ t}, these are S(low)
/// and S(v+1) = {x : w·x &gt; v} for each distinct dot value v with low ≤ v &lt; high (S only changes
/// just after a dot value), so the output holds no duplicates and at most 2^n + 1 tables.
/// For "any" (the whole long range) this includes the constants: all-ones (t ≤ min) and zero (t &gt; max).
/// </summary>
/// <remarks>
/// Dot products spanning at most <see cref="BucketSpan"/> values use counting buckets (one OR per point,
/// one pass over the span, no sort), with 64-bit words when n ≤ 6; wider spreads sort (value, point) pairs.
/// The spread comes from <see cref="DotRange"/> (Vector512/Vector256/scalar); the rest stays scalar on
/// purpose: the bucket scatter does not vectorise, and the caller's hash-set inserts dominate anyway.
/// <see cref="ThresholdTablesReference"/> is the plain definition both paths are tested against.
/// </remarks>
[SkipLocalsInit]
public static class ThresholdTables
{
    /// <summary>Largest max−min dot spread handled by the bucket path.</summary>
    public const int BucketSpan = 1023;

    // Single-bit tables: a variable UInt128 shift is a branchy call, a load is not.
    private static readonly UInt128[] Bit = Enumerable.Range(0, 128).Select(x => UInt128.One << x).ToArray();

    /// <summary>
    /// Writes the distinct tables into <paramref name="destination"/> (in no particular order) and returns
    /// how many. <paramref name="dots"/> has 2^n entries (n ≤ 7); destination needs 2^n + 1 slots.
    /// <paramref name="forceSort"/> takes the sorting path whatever the spread (for tests).
    /// </summary>
    public static int Compute(ReadOnlySpan<long> dots, long low, long high, Span<UInt128> destination, bool forceSort = false)
    {
        if (dots.Length is 0 or > 128 || (dots.Length & (dots.Length - 1)) != 0)
            throw new ArgumentException("need 2^n dot products with n ≤ 7", nameof(dots));
        if (destination.Length < dots.Length + 1)
            throw new ArgumentException($"need {dots.Length + 1} slots, got {destination.Length}", nameof(destination));
        var (min, max) = DotRange.Of(dots);
        if (forceSort || max - min > BucketSpan) return BySort(dots, low, high, destination);
        return dots.Length <= 64
            ? ByBuckets64(dots, min, (int)(max - min), low, high, destination)
            : ByBuckets(dots, min, (int)(max - min), low, high, destination);
    }

    // The same walk as ByBuckets with 64-bit tables (n ≤ 6): half the work per OR and compare.
    private static int ByBuckets64(ReadOnlySpan<long> dots, long min, int span, long low, long high, Span<UInt128> destination)
    {
        Span<ulong> buckets = stackalloc ulong[span + 1];
        buckets.Clear();
        for (var x = 0; x < dots.Length; x++) buckets[(int)(dots[x] - min)] |= 1UL << x;
        var count = 0;
        var above = 0UL;
        var atLeastLow = 0UL;
        for (var s = span; s >= 0; s--)
        {
            var group = buckets[s];
            if (group == 0) continue;
            var v = min + s;
            if (v >= low && v < high) destination[count++] = above;
            above |= group;
            if (v >= low) atLeastLow = above;
        }

        destination[count++] = atLeastLow;
        return count;
    }

    private static int ByBuckets(ReadOnlySpan<long> dots, long min, int span, long low, long high, Span<UInt128> destination)
    {
        Span<UInt128> buckets = stackalloc UInt128[span + 1];
        buckets.Clear();
        for (var x = 0; x < dots.Length; x++) buckets[(int)(dots[x] - min)] |= Bit[x];
        var count = 0;
        UInt128 above = UInt128.Zero;
        UInt128 atLeastLow = UInt128.Zero;
        for (var s = span; s >= 0; s--)
        {
            var group = buckets[s];
            if (group == UInt128.Zero) continue;
            var v = min + s;
            if (v >= low && v < high) destination[count++] = above;
            above |= group;
            if (v >= low) atLeastLow = above;
        }

        destination[count++] = atLeastLow;
        return count;
    }

    private static int BySort(ReadOnlySpan<long> dots, long low, long high, Span<UInt128> destination)
    {
        Span<long> values = stackalloc long[dots.Length];
        Span<byte> points = stackalloc byte[dots.Length];
        dots.CopyTo(values);
        for (var x = 0; x < points.Length; x++) points[x] = (byte)x;
        values.Sort(points);
        var count = 0;
        UInt128 above = UInt128.Zero;
        UInt128 atLeastLow = UInt128.Zero;
        var i = values.Length - 1;
        while (i >= 0)
        {
            var v = values[i];
            if (v >= low && v < high) destination[count++] = above;
            for (; i >= 0 && values[i] == v; i--) above |= Bit[points[i]];
            if (v >= low) atLeastLow = above;
        }

        destination[count++] = atLeastLow;
        return count;
    }
}
