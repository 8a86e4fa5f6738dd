using System.Runtime.CompilerServices;

namespace Expressivity.Domain.ThresholdCensus;

/// <summary>
/// Tries to turn the parent's witness into one for the branch it disagreed with, without an LP:
/// w' = K·w ± u_j with K = N + 1 and u_j the prefix indicator (1,…,1,0,…,0) of length j keeps every
/// strict order of w (u_j·x = P_j(x) ≤ N &lt; K) while breaking some ties, and the best threshold for w'
/// is the least value over the true points. So w' separates exactly when w separates weakly (least true
/// value D ≥ greatest false value) and ±P_j separates the points tied at D; only those few points are
/// tried against each u_j. A candidate is accepted only if it is sorted, non-negative and separates
/// every given point in exact integer arithmetic, so a miss only costs the LP it tried to save.
/// </summary>
public sealed class WitnessRepair(int n)
{
    // Repaired weights grow by a factor K; past this size the LP (small weights) takes over.
    private const long Ceiling = 1L << 40;
    private long[] _oneDots = new long[16];
    private long[] _zeroDots = new long[16];
    private int[] _tiedOnes = new int[16];
    private int[] _tiedZeros = new int[16];

    /// <summary>After a success: the repaired weights (input order).</summary>
    public long[] Weights { get; } = new long[n];

    /// <summary>After a success: the threshold.</summary>
    public long Threshold { get; private set; }

    /// <summary>Looks for a repaired witness separating the true from the false points (prefix counts).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryRepair(long[] witness, ReadOnlySpan<int[]> ones, ReadOnlySpan<int[]> zeros)
    {
        if (n == 0 || witness[0] >= Ceiling || ones.Length == 0 || zeros.Length == 0) return false;
        Grow(ones.Length, zeros.Length);
        var least = long.MaxValue;
        var greatest = long.MinValue;
        for (var a = 0; a < ones.Length; a++) least = Math.Min(least, _oneDots[a] = Dot(witness, ones[a]));
        for (var b = 0; b < zeros.Length; b++) greatest = Math.Max(greatest, _zeroDots[b] = Dot(witness, zeros[b]));

        // K·(w·a − w·b) dominates any ±(P_j(a) − P_j(b)) unless w·a = w·b, so only ties at D matter.
        if (least < greatest) return false;
        var tiedOnes = 0;
        var tiedZeros = 0;
        for (var a = 0; a < ones.Length; a++)
        {
            if (_oneDots[a] == least) _tiedOnes[tiedOnes++] = a;
        }

        for (var b = 0; b < zeros.Length; b++)
        {
            if (_zeroDots[b] == least) _tiedZeros[tiedZeros++] = b;
        }

        var k = n + 1L;
        for (var j = 1; j <= n; j++)
        {
            // u_j·x = P_j(x), the (j−1)-th prefix count.
            if (BreaksTies(ones, zeros, tiedOnes, tiedZeros, j, +1)) return Install(witness, ones, zeros, k, j, +1);

            // K·w − u_j stays sorted and non-negative only if w_j > w_{j+1} (or j = N) and w_j ≥ 1.
            var sortedMinus = witness[j - 1] >= 1 && (j == n || witness[j - 1] > witness[j]);
            if (sortedMinus && BreaksTies(ones, zeros, tiedOnes, tiedZeros, j, -1)) return Install(witness, ones, zeros, k, j, -1);
        }

        return false;
    }

    private void Grow(int ones, int zeros)
    {
        if (_oneDots.Length < ones)
        {
            _oneDots = new long[ones * 2];
            _tiedOnes = new int[ones * 2];
        }

        if (_zeroDots.Length < zeros)
        {
            _zeroDots = new long[zeros * 2];
            _tiedZeros = new int[zeros * 2];
        }
    }

    // sign·P_j of every tied true point above that of every tied false point.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool BreaksTies(ReadOnlySpan<int[]> ones, ReadOnlySpan<int[]> zeros, int tiedOnes, int tiedZeros, int j, int sign)
    {
        var low = int.MaxValue;
        for (var i = 0; i < tiedOnes; i++) low = Math.Min(low, sign * ones[_tiedOnes[i]][j - 1]);
        for (var i = 0; i < tiedZeros; i++)
        {
            if (sign * zeros[_tiedZeros[i]][j - 1] >= low) return false;
        }

        return true;
    }

    // Builds w' and t = least true value, and checks every given point exactly before accepting.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Install(long[] witness, ReadOnlySpan<int[]> ones, ReadOnlySpan<int[]> zeros, long k, int j, int sign)
    {
        for (var i = 0; i < n; i++) Weights[i] = k * witness[i] + (i < j ? sign : 0);
        var threshold = long.MaxValue;
        for (var a = 0; a < ones.Length; a++) threshold = Math.Min(threshold, k * _oneDots[a] + sign * ones[a][j - 1]);
        for (var b = 0; b < zeros.Length; b++)
        {
            if (k * _zeroDots[b] + sign * zeros[b][j - 1] >= threshold) return false;
        }

        Threshold = threshold;
        return true;
    }

    // w·x from prefix counts: w·x = Σ_j (w_j − w_{j+1}) P_j(x).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private long Dot(long[] w, int[] prefix)
    {
        long s = 0;
        for (var j = 0; j < n; j++) s += (w[j] - (j + 1 < n ? w[j + 1] : 0)) * prefix[j];
        return s;
    }
}
