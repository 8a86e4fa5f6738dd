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
        Span<ulong> own = n <= 12 ? stackalloc ulong[Words(n)] : new ulong[Words(n)];
        TruthTable(weights, threshold, own);
        var mask = n < 6 ? (1UL << (1 << n)) - 1 : ulong.MaxValue;
        for (var k = 0; k < own.Length; k++)
        {
            if (((own[k] ^ table[k]) & mask) != 0) return false;
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
            chow[0] += System.Numerics.BitOperations.PopCount(word);
            for (var i = 0; i < n; i++)
            {
                // Inputs 0..5 vary inside a word (fixed bit patterns); inputs ≥ 6 select whole words.
                var bits = i < 6 ? word & InputMask(i) : ((k >> (i - 6)) & 1) != 0 ? word : 0;
                chow[i + 1] += System.Numerics.BitOperations.PopCount(bits);
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
