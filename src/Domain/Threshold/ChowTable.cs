namespace Expressivity.Domain.Threshold;

/// <summary>
/// Chow parameters of [w·x ≥ t] for one non-negative integer weight vector and every threshold t at
/// once (SPEC.md 1.3): c0(t) = #{x : w·x ≥ t} is a suffix sum of the subset-sum counts, and
/// c_i(t) = #{x : x_i = 1, w·x ≥ t} is a suffix sum of the counts without factor i, shifted by w_i.
/// Reusable: <see cref="Load"/> a vector, then read any threshold; no 2^N loop anywhere.
/// </summary>
public sealed class ChowTable
{
    private readonly int _n;
    private long[] _counts;
    private long[] _quotient;
    private long[] _c0;
    private readonly long[][] _ci;

    /// <summary>A table for <paramref name="n"/> inputs (0 ≤ n ≤ 62).</summary>
    public ChowTable(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, 62);
        _n = n;
        _counts = new long[1];
        _quotient = new long[1];
        _c0 = new long[2];
        _ci = Enumerable.Range(0, n).Select(_ => new long[2]).ToArray();
    }

    /// <summary>Number of inputs.</summary>
    public int N => _n;

    /// <summary>Σw of the loaded vector; thresholds above it give the constant 0.</summary>
    public int Total { get; private set; }

    /// <summary>Loads a weight vector (length N, entries ≥ 0) and prepares every threshold.</summary>
    public void Load(ReadOnlySpan<int> weights)
    {
        if (weights.Length != _n) throw new ArgumentException($"expected {_n} weights", nameof(weights));
        var total = 0;
        foreach (var w in weights) total += w;
        Grow(total);
        Total = SubsetSums.Product(weights, _counts);
        SuffixSums(_counts, total, 0, _c0);
        for (var i = 0; i < _n; i++)
        {
            SubsetSums.DivideOut(_counts, total, weights[i], _quotient);
            // Inputs with x_i = 1 have w·x = w_i + (sum of the others): shift the quotient by w_i.
            SuffixSums(_quotient, total - weights[i], weights[i], _ci[i]);
        }
    }

    /// <summary>True when some input has w·x = s exactly (the thresholds that give distinct functions).</summary>
    public bool IsAchievable(int s) => s >= 0 && s <= Total && _counts[s] != 0;

    /// <summary>Writes (c0, c1..cN) of [w·x ≥ t] into <paramref name="chow"/> (length N + 1).</summary>
    public void Chow(int t, Span<long> chow)
    {
        var k = Math.Clamp(t, 0, Total + 1);
        chow[0] = _c0[k];
        for (var i = 0; i < _n; i++) chow[i + 1] = _ci[i][k];
    }

    /// <summary>
    /// The Chow vector of [w·x ≥ t] packed as a <see cref="ChowKey"/> (N ≤ <see cref="ChowKey.MaxN"/>),
    /// without an intermediate vector: the hot path of method (a). Canonical when the weights are sorted.
    /// </summary>
    public ChowKey Key(int t)
    {
        if (_n > ChowKey.MaxN) throw new InvalidOperationException($"keys hold at most {ChowKey.MaxN} inputs");
        var k = Math.Clamp(t, 0, Total + 1);
        var bits = _n + 1;
        UInt128 packed = (ulong)_c0[k];
        for (var i = 0; i < _n; i++) packed |= (UInt128)(ulong)_ci[i][k] << (bits * (i + 1));
        return new ChowKey(packed);
    }

    private void Grow(int total)
    {
        if (_counts.Length >= total + 1) return;
        var size = Math.Max(total + 1, _counts.Length * 2);
        _counts = new long[size];
        _quotient = new long[size];
        _c0 = new long[size + 1];
        for (var i = 0; i < _n; i++) _ci[i] = new long[size + 1];
    }

    // target[k] = Σ_{s ≥ k} source[s − shift] for k in [0, degree + shift + 1]; target[degree+shift+1] = 0.
    private static void SuffixSums(long[] source, int degree, int shift, long[] target)
    {
        var top = degree + shift;
        target[top + 1] = 0;
        long run = 0;
        for (var k = top; k >= shift; k--)
        {
            run += source[k - shift];
            target[k] = run;
        }

        for (var k = shift - 1; k >= 0; k--) target[k] = run;
    }
}
