namespace Expressivity.Domain.Numerics;

/// <summary>
/// The simplex method on a dictionary (basic variables written in terms of non-basic ones), for
/// maximise c·x subject to A x &lt;= b with x free. Free variables are split (x = x⁺ − x⁻) and one slack per
/// row added; an infeasible start is repaired by the one-artificial-variable phase 1. Bland's rule (smallest
/// eligible index enters, smallest index wins ratio ties) guarantees termination on exact arithmetic.
/// The dictionary is m × (non-basic count), so it stays small when there are many constraints.
/// </summary>
internal sealed class DictionarySimplex<T>
    where T : IOrderedField<T>
{
    private readonly int _n;
    private readonly int _m;
    private readonly IReadOnlyList<T> _c;
    private readonly List<T[]> _rows = [];
    private readonly List<int> _basis = [];
    private readonly List<int> _nonBasic = [];
    private T[] _objective = [];
    private int _pivotsLeft;
    private bool _dantzig;

    public DictionarySimplex(IReadOnlyList<T> c, IReadOnlyList<IReadOnlyList<T>> a, IReadOnlyList<T> b)
    {
        _n = c.Count;
        _c = c;
        var m = b.Count;
        _m = m;
        for (var j = 0; j < 2 * _n + 1; j++) _nonBasic.Add(j < 2 * _n ? j : 2 * _n + m); // x⁺, x⁻, artificial
        for (var i = 0; i < m; i++)
        {
            // slack_i = b_i − Σ A_ij x⁺_j + Σ A_ij x⁻_j + artificial
            var row = new T[_nonBasic.Count + 1];
            row[0] = b[i];
            for (var j = 0; j < _n; j++)
            {
                row[1 + j] = -a[i][j];
                row[1 + _n + j] = a[i][j];
            }

            row[^1] = T.One;
            _rows.Add(row);
            _basis.Add(2 * _n + i);
        }
    }

    /// <summary>
    /// Runs both phases; null when more than <paramref name="maxPivots"/> pivots were needed. With
    /// <paramref name="dantzig"/> the entering variable is the one with the largest objective coefficient:
    /// far fewer pivots, but it can cycle on degenerate programs, so only the capped double run uses it.
    /// </summary>
    public LpOutcome<T>? Solve(int maxPivots, bool dantzig = false)
    {
        _pivotsLeft = maxPivots;
        _dantzig = dantzig;
        var artificial = 2 * _n + _basis.Count;
        var worst = -1;
        for (var i = 0; i < _rows.Count; i++)
        {
            if (_rows[i][0].Sign < 0 && (worst < 0 || (_rows[i][0] - _rows[worst][0]).Sign < 0)) worst = i;
        }

        var artColumn = _nonBasic.Count - 1;
        if (worst >= 0)
        {
            // Phase 1: maximise −artificial; entering it on the most negative row makes every row feasible.
            _objective = new T[_nonBasic.Count + 1];
            Array.Fill(_objective, T.Zero);
            _objective[1 + artColumn] = -T.One;
            if (!Pivot(worst, artColumn)) return null;
            var phase1 = Iterate();
            if (phase1 is null) return null;
            if (_objective[0].Sign < 0) return new LpOutcome<T>.Infeasible();
            var row = _basis.IndexOf(artificial);
            if (row >= 0)
            {
                var column = Enumerable.Range(0, _nonBasic.Count).FirstOrDefault(k => _rows[row][1 + k].Sign != 0, -1);
                if (column < 0) RemoveRow(row);
                else if (!Pivot(row, column)) return null;
            }

            artColumn = _nonBasic.IndexOf(artificial);
        }

        RemoveColumn(artColumn);
        SetObjective();
        return Iterate() switch
        {
            null => null,
            false => new LpOutcome<T>.Unbounded(),
            true => new LpOutcome<T>.Optimal(Point(), _objective[0]) { Duals = Duals() },
        };
    }

    /// <summary>Bland's rule until optimal (true), unbounded (false) or out of pivots (null).</summary>
    private bool? Iterate()
    {
        while (true)
        {
            var enter = -1;
            for (var k = 0; k < _nonBasic.Count; k++)
            {
                if (_objective[1 + k].Sign <= 0) continue;
                if (enter < 0) enter = k;
                else if (_dantzig ? (_objective[1 + k] - _objective[1 + enter]).Sign > 0 : _nonBasic[k] < _nonBasic[enter]) enter = k;
            }

            if (enter < 0) return true;
            var leave = -1;
            var best = T.Zero;
            for (var r = 0; r < _rows.Count; r++)
            {
                var coefficient = _rows[r][1 + enter];
                if (coefficient.Sign >= 0) continue;
                var ratio = _rows[r][0] / -coefficient;
                var order = leave < 0 ? -1 : (ratio - best).Sign;
                if (order < 0 || (order == 0 && _basis[r] < _basis[leave]))
                {
                    leave = r;
                    best = ratio;
                }
            }

            if (leave < 0) return false;
            if (!Pivot(leave, enter)) return null;
        }
    }

    /// <summary>Exchanges the basic variable of <paramref name="r"/> with the non-basic one of column <paramref name="k"/>.</summary>
    private bool Pivot(int r, int k)
    {
        if (--_pivotsLeft < 0) return false;
        var old = _rows[r];
        var p = old[1 + k];
        var fresh = new T[old.Length];
        for (var j = 0; j < old.Length; j++) fresh[j] = -old[j] / p;
        fresh[1 + k] = T.One / p;
        _rows[r] = fresh;
        (_basis[r], _nonBasic[k]) = (_nonBasic[k], _basis[r]);
        for (var i = 0; i < _rows.Count; i++)
        {
            if (i != r) Substitute(_rows[i], fresh, k);
        }

        Substitute(_objective, fresh, k);
        return true;
    }

    private static void Substitute(T[] row, T[] fresh, int k)
    {
        var f = row[1 + k];
        if (f.Sign == 0)
        {
            row[1 + k] = T.Zero;
            return;
        }

        for (var j = 0; j < row.Length; j++)
        {
            if (j != 1 + k && fresh[j].Sign != 0) row[j] += f * fresh[j];
        }

        row[1 + k] = f * fresh[1 + k];
    }

    private void SetObjective()
    {
        _objective = new T[_nonBasic.Count + 1];
        Array.Fill(_objective, T.Zero);
        for (var j = 0; j < _n; j++)
        {
            if (_c[j].Sign == 0) continue;
            AddToObjective(j, _c[j]);
            AddToObjective(_n + j, -_c[j]);
        }
    }

    private void AddToObjective(int variable, T weight)
    {
        var column = _nonBasic.IndexOf(variable);
        if (column >= 0)
        {
            _objective[1 + column] += weight;
            return;
        }

        var row = _rows[_basis.IndexOf(variable)];
        for (var j = 0; j < row.Length; j++) _objective[j] += weight * row[j];
    }

    private void RemoveRow(int r)
    {
        _rows.RemoveAt(r);
        _basis.RemoveAt(r);
    }

    private void RemoveColumn(int k)
    {
        _nonBasic.RemoveAt(k);
        for (var i = 0; i < _rows.Count; i++) _rows[i] = Without(_rows[i], 1 + k);
    }

    private static T[] Without(T[] row, int index) => [.. row[..index], .. row[(index + 1)..]];

    /// <summary>y_i = −(reduced cost of slack i) when the slack is non-basic, else 0.</summary>
    private T[] Duals()
    {
        var y = new T[_m];
        Array.Fill(y, T.Zero);
        for (var k = 0; k < _nonBasic.Count; k++)
        {
            var row = _nonBasic[k] - (2 * _n);
            if (row >= 0 && row < _m) y[row] = -_objective[1 + k];
        }

        return y;
    }

    private T[] Point()
    {
        var x = new T[_n];
        for (var j = 0; j < _n; j++) x[j] = Value(j) - Value(_n + j);
        return x;
    }

    private T Value(int variable)
    {
        var row = _basis.IndexOf(variable);
        return row < 0 ? T.Zero : _rows[row][0];
    }
}
