namespace Expressivity.Domain.ThresholdCensus;

/// <summary>
/// Tries to turn the parent's witness into one for the branch it disagreed with, without an LP:
/// w' = K·w ± u_j with K = N + 1 and u_j the prefix indicator (1,…,1,0,…,0) of length j keeps every
/// strict order of w (u_j·x = P_j(x) ≤ N &lt; K) while breaking some ties, and the best threshold for w'
/// is the least value over the true points. A candidate is accepted only if it is sorted, non-negative
/// and separates every given point in exact integer arithmetic, so a miss only costs the LP it tried to save.
/// </summary>
public sealed class WitnessRepair(int n)
{
    // Repaired weights grow by a factor K; past this size the LP (small weights) takes over.
    private const long Ceiling = 1L << 40;
    private long[] _oneDots = new long[16];
    private long[] _zeroDots = new long[16];

    /// <summary>After a success: the repaired weights (input order).</summary>
    public long[] Weights { get; } = new long[n];

    /// <summary>After a success: the threshold.</summary>
    public long Threshold { get; private set; }

    /// <summary>Looks for a repaired witness separating the true from the false points (prefix counts).</summary>
    public bool TryRepair(long[] witness, ReadOnlySpan<int[]> ones, ReadOnlySpan<int[]> zeros)
    {
        if (n == 0 || witness[0] >= Ceiling || ones.Length == 0 || zeros.Length == 0) return false;
        if (_oneDots.Length < ones.Length) _oneDots = new long[ones.Length * 2];
        if (_zeroDots.Length < zeros.Length) _zeroDots = new long[zeros.Length * 2];
        for (var a = 0; a < ones.Length; a++) _oneDots[a] = Dot(witness, ones[a]);
        for (var b = 0; b < zeros.Length; b++) _zeroDots[b] = Dot(witness, zeros[b]);
        var k = n + 1L;
        for (var j = 1; j <= n; j++)
        {
            // u_j·x = P_j(x), the (j−1)-th prefix count.
            if (TryCandidate(ones, zeros, k, j, +1, out var t)) return Install(witness, k, j, +1, t);

            // K·w − u_j stays sorted and non-negative only if w_j > w_{j+1} (or j = N) and w_j ≥ 1.
            var sortedMinus = witness[j - 1] >= 1 && (j == n || witness[j - 1] > witness[j]);
            if (sortedMinus && TryCandidate(ones, zeros, k, j, -1, out t)) return Install(witness, k, j, -1, t);
        }

        return false;
    }

    private bool TryCandidate(ReadOnlySpan<int[]> ones, ReadOnlySpan<int[]> zeros, long k, int j, int sign, out long threshold)
    {
        threshold = long.MaxValue;
        for (var a = 0; a < ones.Length; a++) threshold = Math.Min(threshold, k * _oneDots[a] + sign * ones[a][j - 1]);
        for (var b = 0; b < zeros.Length; b++)
        {
            if (k * _zeroDots[b] + sign * zeros[b][j - 1] >= threshold) return false;
        }

        return true;
    }

    private bool Install(long[] witness, long k, int j, int sign, long threshold)
    {
        for (var i = 0; i < n; i++) Weights[i] = k * witness[i] + (i < j ? sign : 0);
        Threshold = threshold;
        return true;
    }

    // w·x from prefix counts: w·x = Σ_j (w_j − w_{j+1}) P_j(x).
    private long Dot(long[] w, int[] prefix)
    {
        long s = 0;
        for (var j = 0; j < n; j++) s += (w[j] - (j + 1 < n ? w[j + 1] : 0)) * prefix[j];
        return s;
    }
}
