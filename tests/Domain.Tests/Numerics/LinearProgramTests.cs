using Expressivity.Domain.Numerics;
using Xunit;

namespace Expressivity.Domain.Tests.Numerics;

public class LinearProgramTests
{
    private static BigRational R(long p, long q = 1) => BigRational.Create(p, q);

    private static BigRational[] V(params long[] values) => values.Select(v => (BigRational)v).ToArray();

    private static LpOutcome<BigRational> Solve(BigRational[] c, BigRational[][] a, BigRational[] b) =>
        LinearProgram.Maximise(c, a, b);

    [Fact]
    public void SolvesTheTextbookProduction()
    {
        // max 3x + 5y, x <= 4, 2y <= 12, 3x + 2y <= 18, x, y >= 0: optimum 36 at (2, 6).
        var result = Solve(V(3, 5), [V(1, 0), V(0, 2), V(3, 2), V(-1, 0), V(0, -1)], V(4, 12, 18, 0, 0));
        var optimal = Assert.IsType<LpOutcome<BigRational>.Optimal>(result);
        Assert.Equal(R(36), optimal.Value);
        Assert.Equal(V(2, 6), optimal.X);
        Assert.Equal([R(0), R(3, 2), R(1), R(0), R(0)], optimal.Duals);
    }

    [Fact]
    public void HandlesFreeVariablesAndAnInfeasibleOrigin()
    {
        // max x + y with x <= -3, y <= -5/2: the origin violates both rows, so phase 1 must run.
        var result = Solve(V(1, 1), [V(1, 0), V(0, 1)], [R(-3), R(-5, 2)]);
        var optimal = Assert.IsType<LpOutcome<BigRational>.Optimal>(result);
        Assert.Equal(R(-11, 2), optimal.Value);
        Assert.Equal([R(-3), R(-5, 2)], optimal.X);
    }

    [Fact]
    public void ReportsInfeasible()
    {
        Assert.IsType<LpOutcome<BigRational>.Infeasible>(Solve(V(1), [V(1), V(-1)], V(1, -2)));
        // x + y <= 1, x >= 1, y >= 1 (as -x <= -1, -y <= -1).
        Assert.IsType<LpOutcome<BigRational>.Infeasible>(Solve(V(0, 0), [V(1, 1), V(-1, 0), V(0, -1)], V(1, -1, -1)));
    }

    [Fact]
    public void ReportsUnbounded()
    {
        Assert.IsType<LpOutcome<BigRational>.Unbounded>(Solve(V(1), [V(-1)], V(0)));
        Assert.IsType<LpOutcome<BigRational>.Unbounded>(Solve(V(-1), [V(1)], V(3)));
        Assert.IsType<LpOutcome<BigRational>.Unbounded>(Solve(V(1, 1), [V(1, -1)], V(0)));
        Assert.IsType<LpOutcome<BigRational>.Unbounded>(Solve(V(1), [], []));
    }

    [Fact]
    public void ZeroObjectiveAndNoConstraintsIsOptimal()
    {
        var optimal = Assert.IsType<LpOutcome<BigRational>.Optimal>(Solve(V(0, 0), [], []));
        Assert.Equal(BigRational.Zero, optimal.Value);
    }

    [Fact]
    public void SurvivesDegenerateVertices()
    {
        // Five constraints tight at (1, 1), plus a redundant repeated row.
        var a = new[] { V(1, 0), V(0, 1), V(1, 1), V(2, 1), V(1, 2), V(1, 1) };
        var result = Solve(V(1, 1), a, V(1, 1, 2, 3, 3, 2));
        var optimal = Assert.IsType<LpOutcome<BigRational>.Optimal>(result);
        Assert.Equal(R(2), optimal.Value);
    }

    [Fact]
    public void TerminatesOnBealesCyclingExample()
    {
        // Beale (1955): cycles under the largest-coefficient rule; Bland's rule must finish it.
        BigRational[] c = [R(3, 4), R(-20), R(1, 2), R(-6)];
        BigRational[][] a =
        [
            [R(1, 4), R(-8), R(-1), R(9)],
            [R(1, 2), R(-12), R(-1, 2), R(3)],
            [R(0), R(0), R(1), R(0)],
            [R(-1), R(0), R(0), R(0)], [R(0), R(-1), R(0), R(0)], [R(0), R(0), R(-1), R(0)], [R(0), R(0), R(0), R(-1)],
        ];
        BigRational[] b = [R(0), R(0), R(1), R(0), R(0), R(0), R(0)];
        var optimal = Assert.IsType<LpOutcome<BigRational>.Optimal>(Solve(c, a, b));
        Assert.Equal(R(5, 4), optimal.Value);
        Assert.Equal(VertexEnumeration.BestVertexValue(c, a, b), optimal.Value);
        Assert.True(VertexEnumeration.Feasible(a, b, optimal.X));
    }

    [Fact]
    public void RejectsMismatchedShapes()
    {
        Assert.Throws<ArgumentException>(() => LinearProgram.Maximise(V(1, 1), [V(1)], V(1)));
        Assert.Throws<ArgumentException>(() => LinearProgram.Maximise(V(1), [V(1)], V(1, 2)));
    }

    [Fact]
    public void ApproxProposesTheSameOptimum()
    {
        var result = LinearProgram.MaximiseApprox([3, 5], [[1, 0], [0, 2], [3, 2], [-1, 0], [0, -1]], [4, 12, 18, 0, 0]);
        var optimal = Assert.IsType<LpOutcome<Approx>.Optimal>(result);
        Assert.Equal(36, optimal.Value.Value, 9);
        Assert.IsType<LpOutcome<Approx>.Infeasible>(LinearProgram.MaximiseApprox([1], [[1], [-1]], [1, -2]));
        Assert.IsType<LpOutcome<Approx>.Unbounded>(LinearProgram.MaximiseApprox([1], [[-1]], [0]));
    }

    [Theory]
    [InlineData(2, 11)]
    [InlineData(3, 12)]
    [InlineData(2, 13)]
    [InlineData(3, 14)]
    public void AgreesWithVertexEnumerationOnRandomBoxedPrograms(int n, int seed)
    {
        var random = new Random(seed);
        var infeasible = 0;
        for (var trial = 0; trial < 150; trial++)
        {
            var (c, a, b) = RandomProgram(random, n, random.Next(0, 7));
            var boxed = WithBox(a, b, n, 10);
            var result = Solve(c, boxed.A, boxed.B);
            var best = VertexEnumeration.BestVertexValue(c, boxed.A, boxed.B);
            if (best is null)
            {
                Assert.IsType<LpOutcome<BigRational>.Infeasible>(result);
                infeasible++;
                continue;
            }

            var optimal = Assert.IsType<LpOutcome<BigRational>.Optimal>(result);
            Assert.Equal(best.Value, optimal.Value);
            AssertDualCertificate(c, boxed.A, boxed.B, optimal);
            Assert.True(VertexEnumeration.Feasible(boxed.A, boxed.B, optimal.X));
            Assert.Equal(optimal.Value, VertexEnumeration.Dot(c, optimal.X));
        }

        Assert.InRange(infeasible, 1, 149); // the generator exercises both outcomes
    }

    [Theory]
    [InlineData(2, 21)]
    [InlineData(3, 22)]
    public void UnboxedProgramsAgreeWithGrowingBoxes(int n, int seed)
    {
        var random = new Random(seed);
        var seen = new HashSet<string>();
        for (var trial = 0; trial < 150; trial++)
        {
            var (c, a, b) = RandomProgram(random, n, random.Next(0, 7));
            var result = Solve(c, a, b);
            seen.Add(result.GetType().Name);
            var small = VertexEnumeration.BestVertexValue(c, WithBox(a, b, n, 1000).A, WithBox(a, b, n, 1000).B);
            var large = VertexEnumeration.BestVertexValue(c, WithBox(a, b, n, 100000).A, WithBox(a, b, n, 100000).B);
            switch (result)
            {
                case LpOutcome<BigRational>.Infeasible:
                    Assert.Null(large);
                    break;
                case LpOutcome<BigRational>.Unbounded:
                    Assert.NotNull(small);
                    Assert.True(large > small);
                    break;
                case LpOutcome<BigRational>.Optimal optimal:
                    Assert.True(VertexEnumeration.Feasible(a, b, optimal.X));
                    Assert.Equal(small, optimal.Value);
                    Assert.Equal(large, optimal.Value);
                    break;
            }
        }

        Assert.Equal(3, seen.Count);
    }

    /// <summary>Strong duality, checked exactly: y >= 0, yᵀA = c, yᵀb = optimum.</summary>
    private static void AssertDualCertificate(BigRational[] c, BigRational[][] a, BigRational[] b, LpOutcome<BigRational>.Optimal optimal)
    {
        var y = optimal.Duals;
        Assert.Equal(a.Length, y.Count);
        Assert.All(y, v => Assert.True(v.Sign >= 0));
        for (var j = 0; j < c.Length; j++)
        {
            var column = BigRational.Zero;
            for (var i = 0; i < a.Length; i++) column += y[i] * a[i][j];
            Assert.Equal(c[j], column);
        }

        Assert.Equal(optimal.Value, VertexEnumeration.Dot(y, b));
    }

    private static (BigRational[] C, BigRational[][] A, BigRational[] B) RandomProgram(Random random, int n, int m)
    {
        BigRational Small() => BigRational.Create(random.Next(-4, 5), random.Next(1, 3));
        var c = Enumerable.Range(0, n).Select(_ => Small()).ToArray();
        var a = Enumerable.Range(0, m).Select(_ => Enumerable.Range(0, n).Select(_ => Small()).ToArray()).ToArray();
        var b = Enumerable.Range(0, m).Select(_ => Small() * random.Next(0, 4)).ToArray();
        return (c, a, b);
    }

    private static (BigRational[][] A, BigRational[] B) WithBox(BigRational[][] a, BigRational[] b, int n, long size)
    {
        var rows = a.ToList();
        var rhs = b.ToList();
        for (var i = 0; i < n; i++)
        {
            var up = new BigRational[n];
            Array.Fill(up, BigRational.Zero);
            up[i] = 1;
            rows.Add(up);
            rhs.Add(size);
            rows.Add(up.Select(v => -v).ToArray());
            rhs.Add(size);
        }

        return (rows.ToArray(), rhs.ToArray());
    }
}
