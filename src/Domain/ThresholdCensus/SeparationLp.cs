using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Expressivity.Domain.ThresholdCensus;

/// <summary>
/// Floating-point simplex for "can sorted non-negative weights separate these points?". It only
/// PROPOSES: a separating solution becomes an integer witness checked exactly, an infeasibility becomes
/// a dual certificate checked exactly (<see cref="SeparationOracle"/>). The LP, in the weight gaps
/// v_j = w_j − w_{j+1} ≥ 0 so sortedness is free:
/// maximise δ s.t. t + δ − P(a)·v ≤ 0 (a true), P(b)·v − t + δ ≤ 0 (b false), Σv ≤ 1, v, t, δ ≥ 0.
/// The origin is feasible, so no phase one; δ* &gt; 0 exactly when the points are separable.
/// Dense compact (Tucker) tableau, Dantzig's rule with Bland's rule after a degenerate streak.
/// Warm starts: an optimal tableau can be kept per search depth (<see cref="Keep"/>); a deeper node's
/// LP is then that tableau plus one row per decision since (<see cref="Extend"/>), re-optimised by the
/// dual simplex (the old optimum stays dual feasible), which takes a pivot or two instead of a solve.
/// </summary>
public sealed class SeparationLp
{
    private const double Eps = 1e-9;

    // A warm start gives up after this many dual pivots (the caller then solves cold).
    private const int DualPivotLimit = 200;
    private readonly int _n;
    private readonly int _cols;
    private readonly int _stride;
    private readonly int[] _rowOf;
    private readonly int[] _colOf;
    private Tableau _work;
    private Tableau?[] _kept = [];

    /// <summary>An LP for <paramref name="n"/> inputs.</summary>
    public SeparationLp(int n)
    {
        _n = n;
        _cols = n + 2;

        // Rows are padded to whole 256-bit vectors so a pivot updates each row with a few FMAs.
        _stride = (_cols + 1 + 3) & ~3;
        _work = new Tableau(_cols);
        _rowOf = new int[_cols];
        _colOf = new int[_cols];
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

    /// <summary>Constraint rows of the last solve (a warm start keeps implied rows, so it may have more).</summary>
    public int Rows => _work.Rows - 1;

    /// <summary>The dual value of constraint row <paramref name="row"/> of the last cold solve (true points first, then false points).</summary>
    public double Dual(int row)
    {
        var w = _work;
        for (var j = 0; j < _cols; j++)
        {
            if (w.Nonbasic[j] == _cols + row) return w.Tab[w.Rows * _stride + j];
        }

        return 0;
    }

    /// <summary>
    /// Solves for the given true and false points (as prefix vectors): δ* &gt; 0, or null when the
    /// floating simplex gives up (pivot budget spent, or numerically unbounded), so the caller re-solves exactly.
    /// </summary>
    public bool? Solve(IReadOnlyList<int[]> ones, IReadOnlyList<int[]> zeros) => Solve(ones, zeros, null);

    /// <summary>
    /// The same, naming the true points (<paramref name="onePoints"/>, in the order of
    /// <paramref name="ones"/>) so a warm start below can drop their rows once they are implied.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool? Solve(IReadOnlyList<int[]> ones, IReadOnlyList<int[]> zeros, IReadOnlyList<int>? onePoints)
    {
        var w = _work;
        w.Rows = ones.Count + zeros.Count + 1;
        w.Ensure(_stride);
        w.EnsureSlacks(w.Rows);
        for (var r = 0; r < w.Rows; r++) w.SlackPoint[r] = onePoints is not null && r < ones.Count ? onePoints[r] : -1;
        var tab = w.Tab;
        Array.Clear(tab, 0, (w.Rows + 1) * _stride);
        for (var r = 0; r < w.Rows; r++) w.Basic[r] = _cols + r;
        for (var j = 0; j < _cols; j++) w.Nonbasic[j] = j;
        w.NextSlack = _cols + w.Rows;
        var t = _n;
        var delta = _n + 1;
        for (var r = 0; r < ones.Count; r++)
        {
            var row = r * _stride;
            for (var j = 0; j < _n; j++) tab[row + j] = -ones[r][j];
            tab[row + t] = 1;
            tab[row + delta] = 1;
        }

        for (var r = 0; r < zeros.Count; r++)
        {
            var row = (ones.Count + r) * _stride;
            for (var j = 0; j < _n; j++) tab[row + j] = zeros[r][j];
            tab[row + t] = -1;
            tab[row + delta] = 1;
        }

        var last = (w.Rows - 1) * _stride;
        for (var j = 0; j < _n; j++) tab[last + j] = 1;
        tab[last + _cols] = 1;
        tab[w.Rows * _stride + delta] = -1;
        Pivots = 0;
        if (!Iterate()) return null;
        return Read();
    }

    /// <summary>Keeps the optimal tableau of the last solve as the one of search depth <paramref name="depth"/>.</summary>
    public void Keep(int depth)
    {
        if (_kept.Length <= depth) Array.Resize(ref _kept, Math.Max(depth + 1, _kept.Length * 2));

        // Swap rather than copy: the working tableau is rebuilt by every solve.
        var spare = _kept[depth] ?? new Tableau(_cols);
        _kept[depth] = _work;
        _work = spare;
    }

    /// <summary>
    /// Re-optimises the tableau kept at depth <paramref name="from"/> with one more row per added point
    /// (its prefix counts, whether it is a true point, and the point), by dual simplex pivots: δ* &gt; 0,
    /// or null when it gives up (the caller then solves cold). A true point's constraint is dropped when
    /// <paramref name="trueBelow"/> of its point is non-zero (a true point below it implies it) and its
    /// slack is basic (dropping that row leaves a basis); other implied rows stay (same optimum).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool? Extend(int from, ReadOnlySpan<int[]> added, ReadOnlySpan<bool> addedOne, ReadOnlySpan<int> addedPoints, ReadOnlySpan<int> trueBelow)
    {
        var kept = _kept[from] ?? throw new InvalidOperationException($"no tableau kept at depth {from}");
        var w = _work;
        w.Rows = kept.Rows + added.Length;
        w.Ensure(_stride);
        var tab = w.Tab;
        var slacks = kept.NextSlack - _cols;
        w.EnsureSlacks(slacks + added.Length);
        Array.Copy(kept.SlackPoint, w.SlackPoint, slacks);
        var oldRows = 0;
        for (var r = 0; r < kept.Rows; r++)
        {
            var basic = kept.Basic[r];
            if (basic >= _cols && kept.SlackPoint[basic - _cols] is var point && point >= 0 && trueBelow[point] > 0) continue;
            Array.Copy(kept.Tab, r * _stride, tab, oldRows * _stride, _stride);
            w.Basic[oldRows++] = basic;
        }

        w.Rows = oldRows + added.Length;
        Array.Copy(kept.Tab, kept.Rows * _stride, tab, w.Rows * _stride, _stride);
        Array.Copy(kept.Nonbasic, w.Nonbasic, _cols);
        w.NextSlack = kept.NextSlack;
        Array.Fill(_rowOf, -1);
        Array.Fill(_colOf, -1);
        for (var j = 0; j < _cols; j++)
        {
            if (w.Nonbasic[j] < _cols) _colOf[w.Nonbasic[j]] = j;
        }

        for (var r = 0; r < oldRows; r++)
        {
            if (w.Basic[r] < _cols) _rowOf[w.Basic[r]] = r;
        }

        var span = tab.AsSpan();
        for (var i = 0; i < added.Length; i++)
        {
            // The new row a·x + s = 0 in the current nonbasic variables: each basic structural x_j
            // is replaced by its tableau row (x_j = b̄ − ā·x_N).
            var row = span.Slice((oldRows + i) * _stride, _stride);
            row.Clear();
            var sign = addedOne[i] ? -1 : 1;
            for (var j = 0; j <= _n + 1; j++)
            {
                double a = j < _n ? sign * added[i][j] : j == _n ? -sign : 1;
                if (a == 0) continue;
                if (_colOf[j] >= 0)
                {
                    row[_colOf[j]] += a;
                }
                else
                {
                    var source = MemoryMarshal.Cast<double, Vector256<double>>(span.Slice(_rowOf[j] * _stride, _stride));
                    var target = MemoryMarshal.Cast<double, Vector256<double>>(row);
                    var f = Vector256.Create(a);
                    for (var v = 0; v < target.Length; v++) target[v] -= f * source[v];
                }
            }

            w.SlackPoint[w.NextSlack - _cols] = addedOne[i] ? addedPoints[i] : -1;
            w.Basic[oldRows + i] = w.NextSlack++;
        }

        Pivots = 0;
        if (!DualIterate() || !Iterate()) return null;
        return Read();
    }

    // Dual simplex: the most negative basic value leaves; the entering column keeps every reduced cost ≥ 0.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool DualIterate()
    {
        var w = _work;
        var tab = w.Tab;
        var obj = w.Rows * _stride;
        for (var iteration = 0; iteration < DualPivotLimit; iteration++)
        {
            var pivotRow = -1;
            var worst = -Eps;
            for (var r = 0; r < w.Rows; r++)
            {
                var value = tab[r * _stride + _cols];
                if (value < worst)
                {
                    worst = value;
                    pivotRow = r;
                }
            }

            if (pivotRow < 0) return true;
            var col = -1;
            var best = double.PositiveInfinity;
            var row = pivotRow * _stride;
            for (var j = 0; j < _cols; j++)
            {
                var a = tab[row + j];
                if (a >= -Eps) continue;
                var ratio = Math.Max(tab[obj + j], 0) / -a;
                if (ratio < best - Eps || (ratio <= best + Eps && w.Nonbasic[j] < w.Nonbasic[col]))
                {
                    best = ratio;
                    col = j;
                }
            }

            // No entering column would mean an empty feasible set, impossible with the origin feasible.
            if (col < 0) return false;
            Pivot(pivotRow, col);
            Pivots++;
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Read()
    {
        var w = _work;
        var tab = w.Tab;
        Delta = tab[w.Rows * _stride + _cols];
        T = 0;
        Array.Clear(V);
        for (var r = 0; r < w.Rows; r++)
        {
            var value = tab[r * _stride + _cols];
            if (w.Basic[r] < _n) V[w.Basic[r]] = value;
            else if (w.Basic[r] == _n) T = value;
        }

        return Delta > Eps;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Iterate()
    {
        var w = _work;
        var tab = w.Tab;
        var obj = w.Rows * _stride;
        for (var iteration = 0; iteration < 10_000; iteration++)
        {
            var bland = iteration > 50;
            var col = -1;
            for (var j = 0; j < _cols; j++)
            {
                if (tab[obj + j] >= -Eps) continue;
                if (col < 0 || (bland ? w.Nonbasic[j] < w.Nonbasic[col] : tab[obj + j] < tab[obj + col])) col = j;
            }

            if (col < 0) return true;
            var pivotRow = -1;
            var best = double.PositiveInfinity;
            for (var r = 0; r < w.Rows; r++)
            {
                var a = tab[r * _stride + col];
                if (a <= Eps) continue;
                var ratio = tab[r * _stride + _cols] / a;
                if (ratio < best - Eps || (ratio <= best + Eps && w.Basic[r] < w.Basic[pivotRow]))
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Pivot(int pr, int pc)
    {
        var w = _work;
        var tab = w.Tab.AsSpan();
        var prow = tab.Slice(pr * _stride, _stride);
        var inv = 1 / prow[pc];
        for (var j = 0; j < _stride; j++) prow[j] *= inv;
        prow[pc] = inv;
        var pivotVectors = MemoryMarshal.Cast<double, Vector256<double>>(prow);
        for (var r = 0; r <= w.Rows; r++)
        {
            if (r == pr) continue;
            var row = tab.Slice(r * _stride, _stride);
            var factor = row[pc];
            if (factor == 0) continue;
            var vectors = MemoryMarshal.Cast<double, Vector256<double>>(row);
            var f = Vector256.Create(factor);
            for (var v = 0; v < vectors.Length; v++) vectors[v] -= f * pivotVectors[v];
            row[pc] = -factor * inv;
        }

        (w.Basic[pr], w.Nonbasic[pc]) = (w.Nonbasic[pc], w.Basic[pr]);
    }

    // One tableau: Rows constraint rows then the objective row, Stride doubles each; basic variable
    // per row, nonbasic per column (structural 0..cols−1, slacks from cols on); per slack (id − cols)
    // the true point whose constraint it belongs to (−1 for false points and Σv ≤ 1, never dropped).
    private sealed class Tableau(int cols)
    {
        public double[] Tab = [];
        public int[] Basic = [];
        public int[] SlackPoint = [];
        public readonly int[] Nonbasic = new int[cols];
        public int Rows;
        public int NextSlack;

        public void Ensure(int stride)
        {
            if (Tab.Length >= (Rows + 1) * stride) return;
            Tab = new double[(Rows + 1) * stride * 2];
            Basic = new int[(Rows + 1) * 2];
        }

        public void EnsureSlacks(int count)
        {
            if (SlackPoint.Length < count) Array.Resize(ref SlackPoint, count * 2);
        }
    }
}
