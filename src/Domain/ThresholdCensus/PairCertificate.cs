namespace Expressivity.Domain.ThresholdCensus;

/// <summary>
/// A cheap exact refutation tried before an LP: when the new point p joins one side, look for p + x
/// on that side and y + z on the other (x, y, z among the constraint points, repeats allowed) whose
/// prefix-count sums compare coordinate-wise the wrong way. Sorted non-negative weights then give
/// w·(p + x) ≤ w·(y + z) for a true pair against a false pair (or the reverse), contradicting
/// 2t ≤ w·(p + x) and w·(y + z) ≤ 2t − 2. This is the asummability certificate with unit multipliers;
/// at N ≤ 8 it settles most infeasible branches.
/// </summary>
public static class PairCertificate
{
    /// <summary>
    /// True when p (prefix counts <paramref name="p"/>) on the side <paramref name="sameSide"/> (which
    /// includes p) is refuted against <paramref name="otherSide"/>; <paramref name="pIsTrue"/> says which side p joined.
    /// </summary>
    public static bool Refutes(int[] p, bool pIsTrue, ReadOnlySpan<int[]> sameSide, ReadOnlySpan<int[]> otherSide)
    {
        var n = p.Length;
        Span<int> left = stackalloc int[n];
        foreach (var x in sameSide)
        {
            for (var j = 0; j < n; j++) left[j] = p[j] + x[j];
            for (var a = 0; a < otherSide.Length; a++)
            {
                var y = otherSide[a];
                for (var b = a; b < otherSide.Length; b++)
                {
                    var z = otherSide[b];
                    if (Dominated(left, y, z, n, pIsTrue)) return true;
                }
            }
        }

        return false;
    }

    // pIsTrue: the true pair must not be dominated by the false pair (left ≤ y + z everywhere refutes);
    // otherwise the false pair must not dominate the true pair (left ≥ y + z everywhere refutes).
    private static bool Dominated(Span<int> left, int[] y, int[] z, int n, bool pIsTrue)
    {
        for (var j = 0; j < n; j++)
        {
            var right = y[j] + z[j];
            if (pIsTrue ? left[j] > right : left[j] < right) return false;
        }

        return true;
    }
}
