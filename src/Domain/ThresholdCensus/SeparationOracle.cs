using System.Runtime.CompilerServices;

namespace Expressivity.Domain.ThresholdCensus;

/// <summary>
/// Decides exactly whether sorted non-negative integer weights separate true points A from false
/// points B (the dominance-minimal ones and maximal zeros of a partial regular function). A floating
/// LP proposes; "separable" is accepted only with an integer witness (w, t) checked on every point of
/// A and B (sorted non-negative w then orders every dominated point the same way), "not separable" only
/// with an <see cref="AsummabilityCertificate"/> checked in integers. If the floating answer cannot be
/// confirmed that way, the question is re-solved by the exact rational LP (<see cref="ExactSeparation"/>):
/// a count is never decided by floating point alone.
/// </summary>
public sealed class SeparationOracle
{
    private readonly int _n;
    private readonly SeparationLp _lp;
    private readonly double[] _w;

    /// <summary>An oracle for <paramref name="n"/> inputs.</summary>
    public SeparationOracle(int n)
    {
        _n = n;
        _lp = new SeparationLp(n);
        _w = new double[n];
        Weights = new long[n];
    }

    /// <summary>After a separable answer: the integer weights, sorted non-increasing, ≥ 0.</summary>
    public long[] Weights { get; }

    /// <summary>After a separable answer: the integer threshold.</summary>
    public long Threshold { get; private set; }

    /// <summary>Linear programs solved so far.</summary>
    public long Programs { get; private set; }

    /// <summary>Constraint rows over all programs so far (for tuning).</summary>
    public long Rows { get; private set; }

    /// <summary>Simplex pivots over all programs so far (for tuning).</summary>
    public long Pivots { get; private set; }

    /// <summary>Exact certificates checked so far (infeasible answers).</summary>
    public long Certificates { get; private set; }

    /// <summary>Programs answered by a warm start (<see cref="SeparateFrom"/>) so far.</summary>
    public long WarmStarts { get; private set; }

    /// <summary>Warm starts that fell back to a cold solve (no witness from the warm optimum, or infeasible).</summary>
    public long ColdFallbacks { get; private set; }

    /// <summary>
    /// True when the last "separable" answer came from the float LP's optimum, so <see cref="Keep"/> can
    /// keep its tableau for warm starts below.
    /// </summary>
    public bool HasTableau { get; private set; }

    /// <summary>Keeps the last answer's LP tableau as the one of search depth <paramref name="depth"/>.</summary>
    public void Keep(int depth) => _lp.Keep(depth);

    /// <summary>
    /// The same decision, starting the LP from the tableau kept at depth <paramref name="from"/> plus the
    /// points decided since (<paramref name="added"/>, true ones flagged in <paramref name="addedOne"/>);
    /// the lists are the full constraints as for <see cref="Separate"/>; <paramref name="addedPoints"/> and
    /// <paramref name="trueBelow"/> (true lower covers per point) let implied rows be dropped. Only a separable answer is taken
    /// from the warm start (its witness still checked exactly); anything else is decided cold.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool SeparateFrom(int from, ReadOnlySpan<int[]> added, ReadOnlySpan<bool> addedOne, ReadOnlySpan<int> addedPoints, ReadOnlySpan<int> trueBelow, IReadOnlyList<int[]> ones, IReadOnlyList<int> onePoints, IReadOnlyList<int[]> zeros, IReadOnlyList<int> zeroPoints)
    {
        if (zeros.Count == 0 || ones.Count == 0) return Separate(ones, onePoints, zeros, zeroPoints);
        WarmStarts++;
        var separable = _lp.Extend(from, added, addedOne, addedPoints, trueBelow);
        if (separable == true)
        {
            Programs++;
            Rows += _lp.Rows;
            Pivots += _lp.Pivots;
            if (TryWitness(onePoints, zeroPoints))
            {
                HasTableau = true;
                return true;
            }

            Programs--;
        }

        ColdFallbacks++;
        return Separate(ones, onePoints, zeros, zeroPoints);
    }

    /// <summary>Decides separability of the points (given by prefix-count vectors and as bit masks).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Separate(IReadOnlyList<int[]> ones, IReadOnlyList<int> onePoints, IReadOnlyList<int[]> zeros, IReadOnlyList<int> zeroPoints)
    {
        HasTableau = false;
        if (zeros.Count == 0 || ones.Count == 0)
        {
            // Only one kind of point: the zero vector with t = 0 (all true) or t = 1 (all false).
            Array.Clear(Weights);
            Threshold = zeros.Count == 0 ? 0 : 1;
            return true;
        }

        Programs++;
        Rows += ones.Count + zeros.Count;
        var separable = _lp.Solve(ones, zeros, onePoints);
        if (separable is null) return SeparateExactly(ones, onePoints, zeros, zeroPoints);
        Pivots += _lp.Pivots;
        if (separable.Value)
        {
            if (TryWitness(onePoints, zeroPoints))
            {
                HasTableau = true;
                return true;
            }
        }
        else if (TryCertificate(ones, zeros))
        {
            Certificates++;
            return false;
        }

        return SeparateExactly(ones, onePoints, zeros, zeroPoints);
    }

    /// <summary>
    /// The same decision by the exact rational LP alone (the fallback when a floating answer could not be
    /// confirmed; public so tests can compare the two paths). A witness it returns is still checked.
    /// </summary>
    public bool SeparateExactly(IReadOnlyList<int[]> ones, IReadOnlyList<int> onePoints, IReadOnlyList<int[]> zeros, IReadOnlyList<int> zeroPoints)
    {
        ExactSolves++;
        var exact = ExactSeparation.Solve(ones, zeros, _n);
        if (exact is null) return false;
        exact.Value.Weights.CopyTo(Weights, 0);
        Threshold = exact.Value.Threshold;
        if (!Verify(onePoints, zeroPoints)) throw new InvalidOperationException("exact LP solution failed the integer check");
        return true;
    }

    /// <summary>Exact rational re-solves so far (floating answers that could not be confirmed).</summary>
    public long ExactSolves { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Verify(IReadOnlyList<int> onePoints, IReadOnlyList<int> zeroPoints)
    {
        for (var i = 0; i < _n; i++)
        {
            if (Weights[i] < 0 || (i + 1 < _n && Weights[i] < Weights[i + 1])) return false;
        }

        foreach (var a in onePoints)
        {
            if (Dot(a) < Threshold) return false;
        }

        foreach (var b in zeroPoints)
        {
            if (Dot(b) >= Threshold) return false;
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryWitness(IReadOnlyList<int> onePoints, IReadOnlyList<int> zeroPoints)
    {
        // Margin-one solution: w = suffix sums of v/δ separates with a gap of 2; rounding moves any w·x
        // by at most N/2, so some scale below 2^5 always works when the float solution is accurate.
        double run = 0;
        for (var i = _n - 1; i >= 0; i--) _w[i] = run += Math.Max(_lp.V[i], 0) / _lp.Delta;
        for (var scale = 0.5; scale <= 64; scale *= 2)
        {
            for (var i = 0; i < _n; i++) Weights[i] = (long)Math.Round(_w[i] * scale);
            long min = long.MaxValue, max = long.MinValue;
            foreach (var a in onePoints) min = Math.Min(min, Dot(a));
            foreach (var b in zeroPoints) max = Math.Max(max, Dot(b));
            if (max < min)
            {
                Threshold = min;
                return true;
            }
        }

        return false;
    }

    private bool TryCertificate(IReadOnlyList<int[]> ones, IReadOnlyList<int[]> zeros)
    {
        var count = ones.Count + zeros.Count;
        Span<double> duals = count <= 512 ? stackalloc double[count] : new double[count];
        for (var r = 0; r < count; r++) duals[r] = _lp.Dual(r);
        var integers = new long[count];
        if (!AsummabilityCertificate.TryIntegerise(duals, integers)) return false;
        return AsummabilityCertificate.Check(ones, integers.AsSpan(0, ones.Count), zeros, integers.AsSpan(ones.Count));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private long Dot(int x)
    {
        long s = 0;
        for (var i = 0; i < _n; i++)
        {
            if ((x >> i & 1) != 0) s += Weights[i];
        }

        return s;
    }
}
