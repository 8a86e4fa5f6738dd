using Expressivity.Domain.Numerics;
using Expressivity.Domain.SnnRegions;
using Xunit;

namespace Expressivity.Domain.Tests.SnnRegions;

public class InteriorFinderTests
{
    [Theory]
    [InlineData(2, 31)]
    [InlineData(3, 32)]
    [InlineData(4, 33)]
    public void AgreesWithTheExactSlackProgramOnRandomSystems(int d, int seed)
    {
        var random = new Random(seed);
        var finder = new InteriorFinder(d, -4, 4);
        int empty = 0, nonEmpty = 0;
        for (var trial = 0; trial < 120; trial++)
        {
            var system = Enumerable.Range(0, random.Next(1, 3 * d)).Select(_ => RandomInequality(random, d)).ToList();
            var point = finder.Find(system);
            var reference = ExactSlack(system, d, -4, 4);
            if (point is null)
            {
                Assert.True(reference.Sign <= 0, $"trial {trial}: finder says empty, exact slack {reference}");
                empty++;
            }
            else
            {
                Assert.True(reference.Sign > 0);
                Assert.All(system, q => Assert.True(q.HoldsAt(point)));
                Assert.All(point, x => Assert.True(x > -4 && x < 4));
                nonEmpty++;
            }
        }

        Assert.True(empty > 10 && nonEmpty > 10, $"{empty} empty, {nonEmpty} non-empty");
        Assert.True(finder.FastAnswers > 0);
    }

    [Fact]
    public void ConstantRowsFollowTheirKind()
    {
        var finder = new InteriorFinder(1, -1, 1);
        var zero = AffineForm.ConstantForm(1, 0);
        Assert.Null(finder.Find([zero.LessThan(zero)]));        // 0 < 0 fails
        Assert.NotNull(finder.Find([zero.AtMost(zero)]));       // 0 <= 0 holds: a tie on the whole region
        Assert.Null(finder.Find([AffineForm.Coordinate(1, 0).LessThan(AffineForm.ConstantForm(1, -1))])); // x < −1 misses the open box
    }

    private static LinearInequality RandomInequality(Random random, int d)
    {
        var g = Enumerable.Range(0, d).Select(_ => BigRational.Create(random.Next(-3, 4), random.Next(1, 3))).ToArray();
        var f = new AffineForm(g, BigRational.Create(random.Next(-6, 7), random.Next(1, 4)));
        return f.LessThan(AffineForm.ConstantForm(d, 0));
    }

    // max s subject to g·x + s <= h, box shrunk by s, s <= 1, solved by the exact simplex alone.
    private static BigRational ExactSlack(List<LinearInequality> system, int d, BigRational min, BigRational max)
    {
        var a = new List<IReadOnlyList<BigRational>>();
        var b = new List<BigRational>();
        foreach (var q in system)
        {
            a.Add([.. q.G, 1]);
            b.Add(q.H);
        }

        for (var i = 0; i < d; i++)
        {
            var up = Enumerable.Repeat(BigRational.Zero, d + 1).ToArray();
            up[i] = 1;
            up[d] = 1;
            var down = up.Select(v => -v).ToArray();
            down[d] = 1;
            a.Add(up);
            b.Add(max);
            a.Add(down);
            b.Add(-min);
        }

        var cap = Enumerable.Repeat(BigRational.Zero, d + 1).ToArray();
        cap[d] = 1;
        a.Add(cap);
        b.Add(1);
        var c = cap;
        var optimal = Assert.IsType<LpOutcome<BigRational>.Optimal>(LinearProgram.Maximise(c, a, b));
        return optimal.Value;
    }
}
