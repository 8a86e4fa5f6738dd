namespace Expressivity.Domain.Threshold;

/// <summary>
/// Subset-sum counts of a non-negative integer weight vector: entry s of the counts is the
/// number of inputs x ∈ {0,1}^N with w·x = s, i.e. the coefficient of z^s in Π(1 + z^{w_i}).
/// Building the product costs O(N·Σw) instead of 2^N, which is what makes Chow parameters of every
/// threshold at once cheap (SPEC.md 1.3).
/// </summary>
public static class SubsetSums
{
    /// <summary>
    /// Writes the coefficients of Π(1 + z^{w_i}) into <paramref name="counts"/> (length ≥ Σw + 1; entries
    /// past Σw are left untouched) and returns Σw. Counts are exact for N ≤ 62.
    /// </summary>
    public static int Product(ReadOnlySpan<int> weights, Span<long> counts)
    {
        var total = 0;
        foreach (var w in weights)
        {
            if (w < 0) throw new ArgumentOutOfRangeException(nameof(weights), "weights must be non-negative");
            total += w;
        }

        if (counts.Length < total + 1) throw new ArgumentException("counts is shorter than Σw + 1", nameof(counts));
        counts[..(total + 1)].Clear();
        counts[0] = 1;
        var degree = 0;
        foreach (var w in weights)
        {
            // Multiply by (1 + z^w) in place, highest degree first so each old coefficient is read
            // before it is updated; w = 0 simply doubles every coefficient.
            for (var s = degree; s >= 0; s--) counts[s + w] += counts[s];
            degree += w;
        }

        return total;
    }

    /// <summary>
    /// Divides the product (degree <paramref name="total"/>) by the factor (1 + z^w), giving the
    /// subset-sum counts of the other N − 1 weights in <paramref name="quotient"/> (degree total − w).
    /// </summary>
    public static void DivideOut(ReadOnlySpan<long> counts, int total, int w, Span<long> quotient)
    {
        var degree = total - w;
        if (w == 0)
        {
            for (var s = 0; s <= degree; s++) quotient[s] = counts[s] >> 1;
            return;
        }

        // counts = quotient · (1 + z^w)  ⇒  quotient[s] = counts[s] − quotient[s − w].
        for (var s = 0; s <= degree; s++) quotient[s] = s >= w ? counts[s] - quotient[s - w] : counts[s];
    }
}
