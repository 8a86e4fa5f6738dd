using Expressivity.Domain.Numerics;

namespace Expressivity.Domain.Tests.Numerics;

/// <summary>
/// Brute-force reference for bounded LPs: the optimum of a non-empty polytope is attained at a vertex,
/// and every vertex is the solution of n linearly independent tight constraints. Exact, exponential, tiny n only.
/// </summary>
internal static class VertexEnumeration
{
    /// <summary>The best objective over all feasible vertices, or null when there is none (infeasible).</summary>
    public static BigRational? BestVertexValue(BigRational[] c, BigRational[][] a, BigRational[] b)
    {
        var n = c.Length;
        BigRational? best = null;
        foreach (var rows in Subsets(a.Length, n))
        {
            var x = Solve(rows.Select(i => a[i]).ToArray(), rows.Select(i => b[i]).ToArray());
            if (x is null || !Feasible(a, b, x)) continue;
            var value = Dot(c, x);
            if (best is null || value > best.Value) best = value;
        }

        return best;
    }

    public static bool Feasible(BigRational[][] a, BigRational[] b, IReadOnlyList<BigRational> x) =>
        a.Select((row, i) => Dot(row, x) <= b[i]).All(ok => ok);

    public static BigRational Dot(IReadOnlyList<BigRational> u, IReadOnlyList<BigRational> v)
    {
        var s = BigRational.Zero;
        for (var i = 0; i < u.Count; i++) s += u[i] * v[i];
        return s;
    }

    private static IEnumerable<int[]> Subsets(int m, int k)
    {
        if (k == 0)
        {
            yield return [];
            yield break;
        }

        for (var first = 0; first <= m - k; first++)
        {
            foreach (var rest in Subsets(m - first - 1, k - 1))
                yield return [first, .. rest.Select(r => r + first + 1)];
        }
    }

    /// <summary>Gaussian elimination; null when the system is singular.</summary>
    private static BigRational[]? Solve(BigRational[][] m, BigRational[] rhs)
    {
        var n = rhs.Length;
        var aug = m.Select((row, i) => row.Append(rhs[i]).ToArray()).ToArray();
        for (var col = 0; col < n; col++)
        {
            var pivot = Array.FindIndex(aug, col, r => r[col].Sign != 0);
            if (pivot < 0) return null;
            (aug[col], aug[pivot]) = (aug[pivot], aug[col]);
            for (var r = 0; r < n; r++)
            {
                if (r == col || aug[r][col].Sign == 0) continue;
                var f = aug[r][col] / aug[col][col];
                for (var j = col; j <= n; j++) aug[r][j] -= f * aug[col][j];
            }
        }

        return Enumerable.Range(0, n).Select(i => aug[i][n] / aug[i][i]).ToArray();
    }
}
