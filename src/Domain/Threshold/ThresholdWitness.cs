using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Expressivity.Domain.Threshold;

/// <summary>
/// Exact checks of an integer realisation (w, t): the truth table of [w·x ≥ t] on all 2^N points, and
/// whether it equals a given truth table or Chow vector. These are the only way a count accepts a
/// function as threshold (SPEC.md 1.3, exactness rule). Truth tables are bit-packed: bit x of word x/64.
/// </summary>
public static class ThresholdWitness
{
    /// <summary>Words needed for a truth table of N inputs.</summary>
    public static int Words(int n) => n <= 6 ? 1 : 1 << (n - 6);

    /// <summary>
    /// Writes the truth table of [w·x ≥ t] with the SIMD truth-table kernel (exact in long; N ≤ 32,
    /// |w_i| ≤ 2^56), whose every path is tested against its scalar reference.
    /// </summary>
    public static void TruthTable(ReadOnlySpan<long> weights, long threshold, Span<ulong> table)
    {
        if (table.Length < Words(weights.Length)) throw new ArgumentException("table is too short", nameof(table));
        Kernels.ThresholdTruthTable.Evaluate(weights, threshold, table[..Words(weights.Length)]);
    }

    /// <summary>True when [w·x ≥ t] equals <paramref name="table"/> on every one of the 2^N points.</summary>
    public static bool Realises(ReadOnlySpan<long> weights, long threshold, ReadOnlySpan<ulong> table)
    {
        var n = weights.Length;
        if (n <= SmallN && Small(weights, threshold)) return RealisesSmall(weights, threshold, table);
        Span<ulong> own = n <= 12 ? stackalloc ulong[Words(n)] : new ulong[Words(n)];
        TruthTable(weights, threshold, own);
        var mask = n < 6 ? (1UL << (1 << n)) - 1 : ulong.MaxValue;
        for (var k = 0; k < own.Length; k++)
        {
            if (((own[k] ^ table[k]) & mask) != 0) return false;
        }

        return true;
    }

    // The search checks one small table per class found; for N ≤ 12 and moderate integers the 2^N sums
    // are built incrementally (one addition each) instead of through the general kernel's set-up.
    private const int SmallN = 12;

    private static bool Small(ReadOnlySpan<long> weights, long threshold)
    {
        // |sum| ≤ 12·2^48 and |t| ≤ 2^56 keep t − (high sum) and every lane comparison inside a long.
        foreach (var w in weights)
        {
            if (w is > 1L << 48 or < -(1L << 48)) return false;
        }

        return threshold is <= 1L << 56 and >= -(1L << 56);
    }

    private static bool RealisesSmall(ReadOnlySpan<long> weights, long threshold, ReadOnlySpan<ulong> table)
    {
        var n = weights.Length;
        if (table.Length < Words(n)) throw new ArgumentException("table is too short", nameof(table));

        // Sums of the six low inputs (one per bit of a word), then of the high inputs (one per word):
        // the sum of x & (x − 1) plus the weight of x's lowest set bit.
        Span<long> low = stackalloc long[64];
        low.Clear();
        for (var j = 1; j < 1 << Math.Min(n, 6); j++) low[j] = low[j & (j - 1)] + weights[BitOperations.TrailingZeroCount(j)];
        var words = Words(n);
        Span<long> high = stackalloc long[words];
        high[0] = 0;
        for (var k = 1; k < words; k++) high[k] = high[k & (k - 1)] + weights[6 + BitOperations.TrailingZeroCount(k)];
        var lanes = MemoryMarshal.Cast<long, Vector256<long>>(low);
        var mask = n < 6 ? (1UL << (1 << n)) - 1 : ulong.MaxValue;
        for (var k = 0; k < words; k++)
        {
            var cut = Vector256.Create(threshold - high[k]);
            ulong word = 0;
            for (var c = 0; c < lanes.Length; c++)
                word |= (ulong)Vector256.GreaterThanOrEqual(lanes[c], cut).ExtractMostSignificantBits() << (4 * c);
            if (((word ^ table[k]) & mask) != 0) return false;
        }

        return true;
    }

    /// <summary>The Chow vector (c0, c1..cN) of a truth table.</summary>
    public static void ChowOf(ReadOnlySpan<ulong> table, int n, Span<long> chow)
    {
        chow[..(n + 1)].Clear();
        var words = Words(n);
        var mask = n < 6 ? (1UL << (1 << n)) - 1 : ulong.MaxValue;
        for (var k = 0; k < words; k++)
        {
            var word = table[k] & mask;
            chow[0] += BitOperations.PopCount(word);
            for (var i = 0; i < n; i++)
            {
                // Inputs 0..5 vary inside a word (fixed bit patterns); inputs ≥ 6 select whole words.
                var bits = i < 6 ? word & InputMask(i) : ((k >> (i - 6)) & 1) != 0 ? word : 0;
                chow[i + 1] += BitOperations.PopCount(bits);
            }
        }

    }

    /// <summary>True when [w·x ≥ t] has exactly the Chow vector <paramref name="chow"/>.</summary>
    public static bool HasChow(ReadOnlySpan<long> weights, long threshold, ReadOnlySpan<long> chow)
    {
        var n = weights.Length;
        Span<ulong> own = n <= 12 ? stackalloc ulong[Words(n)] : new ulong[Words(n)];
        TruthTable(weights, threshold, own);
        Span<long> c = stackalloc long[n + 1];
        ChowOf(own, n, c);
        return c.SequenceEqual(chow);
    }

    /// <summary>Bits of a 64-point word where input i (0 ≤ i &lt; 6) is 1.</summary>
    public static ulong InputMask(int i) => i switch
    {
        0 => 0xAAAAAAAAAAAAAAAAUL,
        1 => 0xCCCCCCCCCCCCCCCCUL,
        2 => 0xF0F0F0F0F0F0F0F0UL,
        3 => 0xFF00FF00FF00FF00UL,
        4 => 0xFFFF0000FFFF0000UL,
        _ => 0xFFFFFFFF00000000UL,
    };
}
