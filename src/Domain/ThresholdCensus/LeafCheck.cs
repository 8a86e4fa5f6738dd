using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Expressivity.Domain.Threshold;

namespace Expressivity.Domain.ThresholdCensus;

/// <summary>
/// The acceptance check of one class: the leaf's integer witness (w, t) is evaluated on all 2^N points
/// and must give exactly the leaf's function (the complement of its false-point mask); the same pass
/// counts the function's Chow vector (c0 = true points, c_i = true points with input i set). The 2^N
/// sums are built incrementally, the low six inputs inside a 64-point word and the others per word;
/// weights beyond 2^48 take the general way (<see cref="ThresholdWitness"/>).
/// </summary>
public sealed class LeafCheck(int n)
{
    private readonly long[] _low = new long[64];
    private readonly long[] _high = new long[ThresholdWitness.Words(n)];
    private readonly ulong[] _table = new ulong[ThresholdWitness.Words(n)];

    // Bits of a 64-point word where input i (i < 6) is 1.
    private static ReadOnlySpan<ulong> InputBits =>
    [
        0xAAAAAAAAAAAAAAAAUL, 0xCCCCCCCCCCCCCCCCUL, 0xF0F0F0F0F0F0F0F0UL,
        0xFF00FF00FF00FF00UL, 0xFFFF0000FFFF0000UL, 0xFFFFFFFF00000000UL,
    ];

    /// <summary>
    /// True when [w·x ≥ t] holds exactly on the points outside <paramref name="falseMask"/>; then
    /// <paramref name="chow"/> (N + 1 entries) holds the Chow vector.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Check(long[] weights, long threshold, ReadOnlySpan<ulong> falseMask, Span<long> chow)
    {
        var words = _high.Length;
        var mask = n < 6 ? (1UL << (1 << n)) - 1 : ulong.MaxValue;
        if (!Small(weights, threshold))
        {
            for (var k = 0; k < words; k++) _table[k] = ~falseMask[k] & mask;
            if (!ThresholdWitness.Realises(weights, threshold, _table)) return false;
            ThresholdWitness.ChowOf(_table, n, chow);
            return true;
        }

        var low = _low;
        var lowInputs = Math.Min(n, 6);
        for (var j = 1; j < 1 << lowInputs; j++) low[j] = low[j & (j - 1)] + weights[BitOperations.TrailingZeroCount(j)];
        var high = _high;
        for (var k = 1; k < words; k++) high[k] = high[k & (k - 1)] + weights[6 + BitOperations.TrailingZeroCount(k)];
        var lanes = MemoryMarshal.Cast<long, Vector256<long>>(low.AsSpan(0, Math.Max(4, 1 << lowInputs)));
        var bits = InputBits;
        chow[..(n + 1)].Clear();
        for (var k = 0; k < words; k++)
        {
            var cut = Vector256.Create(threshold - high[k]);
            ulong word = 0;
            for (var c = 0; c < lanes.Length; c++)
                word |= (ulong)Vector256.GreaterThanOrEqual(lanes[c], cut).ExtractMostSignificantBits() << (4 * c);
            word &= mask;
            if (word != (~falseMask[k] & mask)) return false;
            var count = BitOperations.PopCount(word);
            chow[0] += count;
            for (var i = 0; i < lowInputs; i++) chow[i + 1] += BitOperations.PopCount(word & bits[i]);
            for (var i = 6; i < n; i++) chow[i + 1] += (k >> (i - 6) & 1) * count;
        }

        return true;
    }

    // |sum| ≤ 12·2^48 and |t| ≤ 2^56 keep every sum and t − (high sum) inside a long.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Small(long[] weights, long threshold)
    {
        foreach (var w in weights)
        {
            if (w is > 1L << 48 or < -(1L << 48)) return false;
        }

        return threshold is <= 1L << 56 and >= -(1L << 56);
    }
}
