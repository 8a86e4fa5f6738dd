// The census engine as it was on main at e358300 (2026-12-03), frozen here as the baseline that
// bench/Census times the current engine against in the same run. Do not tune it.
namespace Expressivity.Census.Previous;

/// <summary>
/// Floating-point simplex for "can sorted non-negative weights separate these points?". It only
/// PROPOSES: a separating solution becomes an integer witness checked exactly, an infeasibility becomes
/// a dual certificate checked exactly (<see cref="SeparationOracle"/>). The LP, in the weight gaps
/// v_j = w_j − w_{j+1} ≥ 0 so sortedness is free:
/// maximise δ s.t. t + δ − P(a)·v ≤ 0 (a true), P(b)·v − t + δ ≤ 0 (b false), Σv ≤ 1, v, t, δ ≥ 0.
/// The origin is feasible, so no phase one; δ* &gt; 0 exactly when the points are separable.
/// Dense compact (Tucker) tableau, Dantzig's rule with Bland's rule after a degenerate streak.
/// </summary>
public sealed class SeparationLp
{
    private const double Eps = 1e-9;
    private readonly int _n;
    private readonly int _cols;
    private double[] _tab = [];
    private int[] _basic = [];
    private readonly int[] _nonbasic;
    private int _rows;

    /// <summary>An LP for <paramref name="n"/> inputs.</summary>
    public SeparationLp(int n)
    {
        _n = n;
        _cols = n + 2;
        _nonbasic = new int[_cols];
        V = new double[n];
    }

    /// <summary>After a solve: the weight gaps v of the optimum.</summary>
    public double[] V { get; }

    /// <summary>After a solve: the threshold t of the optimum.</summary>
    public double T { get; private set; }

    /// <summary>After a solve: the optimal margin δ*.</summary>
    public double Delta { get; private set; }

    /// <summary>Pivots of the last solve.</summary>
    public int Pivots { get; private set; }

    /// <summary>The dual value of constraint row <paramref name="row"/> (true points first, then false points).</summary>
    public double Dual(int row)
    {
        for (var j = 0; j < _cols; j++)
        {
            if (_nonbasic[j] == _cols + row) return _tab[_rows * Stride + j];
        }

        return 0;
    }

    // Rows are padded to whole 256-bit vectors so a pivot updates each row with a few FMAs.
    private int Stride => (_cols + 1 + 3) & ~3;

    /// <summary>
    /// Solves for the given true and false points (as prefix vectors): δ* &gt; 0, or null when the
    /// floating simplex gives up (pivot budget spent, or numerically unbounded), so the caller re-solves exactly.
    /// </summary>
    public bool? Solve(IReadOnlyList<int[]> ones, IReadOnlyList<int[]> zeros)
    {
        _rows = ones.Count + zeros.Count + 1;
        var stride = Stride;
        if (_tab.Length < (_rows + 1) * stride)
        {
            _tab = new double[(_rows + 1) * stride * 2];
            _basic = new int[(_rows + 1) * 2];
        }

        var tab = _tab;
        Array.Clear(tab, 0, (_rows + 1) * stride);
        for (var r = 0; r < _rows; r++) _basic[r] = _cols + r;
        for (var j = 0; j < _cols; j++) _nonbasic[j] = j;
        var t = _n;
        var delta = _n + 1;
        for (var r = 0; r < ones.Count; r++)
        {
            var row = r * stride;
            for (var j = 0; j < _n; j++) tab[row + j] = -ones[r][j];
            tab[row + t] = 1;
            tab[row + delta] = 1;
        }

        for (var r = 0; r < zeros.Count; r++)
        {
            var row = (ones.Count + r) * stride;
            for (var j = 0; j < _n; j++) tab[row + j] = zeros[r][j];
            tab[row + t] = -1;
            tab[row + delta] = 1;
        }

        var last = (_rows - 1) * stride;
        for (var j = 0; j < _n; j++) tab[last + j] = 1;
        tab[last + _cols] = 1;
        tab[_rows * stride + delta] = -1;
        if (!Iterate()) return null;
        Delta = tab[_rows * stride + _cols];
        T = 0;
        Array.Clear(V);
        for (var r = 0; r < _rows; r++)
        {
            var value = tab[r * stride + _cols];
            if (_basic[r] < _n) V[_basic[r]] = value;
            else if (_basic[r] == t) T = value;
        }

        return Delta > Eps;
    }

    private bool Iterate()
    {
        var stride = Stride;
        var tab = _tab;
        var obj = _rows * stride;
        Pivots = 0;
        for (var iteration = 0; iteration < 10_000; iteration++)
        {
            var bland = iteration > 50;
            var col = -1;
            for (var j = 0; j < _cols; j++)
            {
                if (tab[obj + j] >= -Eps) continue;
                if (col < 0 || (bland ? _nonbasic[j] < _nonbasic[col] : tab[obj + j] < tab[obj + col])) col = j;
            }

            if (col < 0) return true;
            var pivotRow = -1;
            var best = double.PositiveInfinity;
            for (var r = 0; r < _rows; r++)
            {
                var a = tab[r * stride + col];
                if (a <= Eps) continue;
                var ratio = tab[r * stride + _cols] / a;
                if (ratio < best - Eps || (ratio <= best + Eps && _basic[r] < _basic[pivotRow]))
                {
                    best = ratio;
                    pivotRow = r;
                }
            }

            // Unbounded is impossible (Σv ≤ 1 bounds everything), so only rounding can get here.
            if (pivotRow < 0) return false;
            Pivot(pivotRow, col);
            Pivots++;
        }

        return false;
    }

    private void Pivot(int pr, int pc)
    {
        var stride = Stride;
        var tab = _tab.AsSpan();
        var prow = tab.Slice(pr * stride, stride);
        var inv = 1 / prow[pc];
        for (var j = 0; j < stride; j++) prow[j] *= inv;
        prow[pc] = inv;
        var pivotVectors = System.Runtime.InteropServices.MemoryMarshal.Cast<double, System.Runtime.Intrinsics.Vector256<double>>(prow);
        for (var r = 0; r <= _rows; r++)
        {
            if (r == pr) continue;
            var row = tab.Slice(r * stride, stride);
            var factor = row[pc];
            if (factor == 0) continue;
            var vectors = System.Runtime.InteropServices.MemoryMarshal.Cast<double, System.Runtime.Intrinsics.Vector256<double>>(row);
            var f = System.Runtime.Intrinsics.Vector256.Create(factor);
            for (var v = 0; v < vectors.Length; v++) vectors[v] -= f * pivotVectors[v];
            row[pc] = -factor * inv;
        }

        (_basic[pr], _nonbasic[pc]) = (_nonbasic[pc], _basic[pr]);
    }
}
