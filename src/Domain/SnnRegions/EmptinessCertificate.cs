using Expressivity.Domain.Numerics;

namespace Expressivity.Domain.SnnRegions;

/// <summary>
/// Turns the double LP's dual multipliers into an exact proof that the slack LP has s* &lt;= 0 (so the open
/// system has no point in the box): take the rows whose multiplier is clearly positive, solve
/// Σ y_i (g_i, 1) = (0, 1) over them exactly, and require y &gt;= 0 and Σ y_i h_i &lt;= 0. Then every feasible
/// (x, s) has s = Σ y_i ((g_i, 1)·(x, s)) &lt;= Σ y_i h_i &lt;= 0 (Farkas). Any failure just means "no proof".
/// </summary>
internal static class EmptinessCertificate
{
    /// <summary>Rows are the LP's: the live inequalities, then x_i &lt;= max and −x_i &lt;= −min per coordinate, then s &lt;= 1.</summary>
    public static bool Proves(List<LinearInequality> live, IReadOnlyList<Approx> duals, int d, BigRational min, BigRational max)
    {
        var active = Enumerable.Range(0, duals.Count).Where(i => duals[i].Value > 1e-10).ToArray();
        if (active.Length == 0 || active.Length > d + 1) return false;
        // Augmented system: d + 1 equations (one per x_j, one for s) in the active multipliers.
        var m = new BigRational[d + 1][];
        for (var j = 0; j <= d; j++)
        {
            m[j] = new BigRational[active.Length + 1];
            for (var k = 0; k < active.Length; k++) m[j][k] = Row(live, active[k], d, j);
            m[j][active.Length] = j == d ? BigRational.One : BigRational.Zero;
        }

        var y = Solve(m, active.Length);
        if (y is null || y.Any(v => v.Sign < 0)) return false;
        var bound = BigRational.Zero;
        for (var k = 0; k < active.Length; k++) bound += y[k] * Rhs(live, active[k], d, min, max);
        return bound.Sign <= 0;
    }

    /// <summary>Coefficient of variable j (j = d is the slack s) in LP row i.</summary>
    private static BigRational Row(List<LinearInequality> live, int i, int d, int j)
    {
        if (j == d) return BigRational.One;
        if (i < live.Count) return live[i].G[j];
        var box = i - live.Count;
        if (box >= 2 * d) return BigRational.Zero; // the cap s <= 1
        return box / 2 != j ? BigRational.Zero : box % 2 == 0 ? BigRational.One : -BigRational.One;
    }

    private static BigRational Rhs(List<LinearInequality> live, int i, int d, BigRational min, BigRational max)
    {
        if (i < live.Count) return live[i].H;
        var box = i - live.Count;
        if (box >= 2 * d) return BigRational.One;
        return box % 2 == 0 ? max : -min;
    }

    /// <summary>The unique solution of an overdetermined-or-square exact system, or null (singular or inconsistent).</summary>
    private static BigRational[]? Solve(BigRational[][] m, int unknowns)
    {
        var rows = m.Length;
        for (var col = 0; col < unknowns; col++)
        {
            var pivot = -1;
            for (var r = col; r < rows; r++)
            {
                if (m[r][col].Sign != 0)
                {
                    pivot = r;
                    break;
                }
            }

            if (pivot < 0) return null;
            (m[col], m[pivot]) = (m[pivot], m[col]);
            for (var r = 0; r < rows; r++)
            {
                if (r == col || m[r][col].Sign == 0) continue;
                var f = m[r][col] / m[col][col];
                for (var j = col; j <= unknowns; j++) m[r][j] -= f * m[col][j];
            }
        }

        for (var r = unknowns; r < rows; r++)
        {
            if (m[r][unknowns].Sign != 0) return null; // inconsistent
        }

        return Enumerable.Range(0, unknowns).Select(i => m[i][unknowns] / m[i][i]).ToArray();
    }
}
