using Expressivity.Domain.Threshold;
using Expressivity.Domain.ThresholdCensus;
using Xunit;

namespace Expressivity.Domain.Tests.ThresholdCensus;

public class WarmStartTests
{
    [Theory]
    [InlineData(4, 1)]
    [InlineData(6, 2)]
    public void Warm_started_lp_reaches_the_cold_optimum_along_a_chain_of_added_points(int n, int seed)
    {
        // Grow a point set one point at a time; after each step the tableau kept at the previous step
        // plus the new row must give the same optimal margin as a solve from scratch.
        var order = new DominanceOrder(n);
        var random = new Random(seed);
        var warmSolves = 0;
        for (var trial = 0; trial < 40; trial++)
        {
            var lp = new SeparationLp(n);
            var cold = new SeparationLp(n);
            var points = Enumerable.Range(0, 1 << n).OrderBy(_ => random.Next()).Take(8).ToArray();
            var (a, b) = points[0] > points[1] ? (points[0], points[1]) : (points[1], points[0]);
            List<int> ones = [a];
            List<int> zeros = [b];
            var noneBelow = new int[1 << n];
            if (lp.Solve(P(order, ones), P(order, zeros), ones) != true) continue;
            lp.Keep(0);
            for (var depth = 1; depth < points.Length - 1; depth++)
            {
                var x = points[depth + 1];
                var one = random.Next(2) == 0;
                (one ? ones : zeros).Add(x);
                var expected = cold.Solve(P(order, ones), P(order, zeros));
                var warm = lp.Extend(depth - 1, [order.Prefix[x]], [one], [x], noneBelow);
                Assert.Equal(expected, warm);
                if (warm != true) break;
                Assert.Equal(cold.Delta, lp.Delta, 9);
                warmSolves++;
                lp.Keep(depth);
            }
        }

        Assert.True(warmSolves > 20);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(8)]
    public void Leaf_check_agrees_with_the_truth_table_and_its_chow_vector(int n)
    {
        var random = new Random(n);
        var check = new LeafCheck(n);
        var words = ThresholdWitness.Words(n);
        var mask = n < 6 ? (1UL << (1 << n)) - 1 : ulong.MaxValue;
        for (var trial = 0; trial < 200; trial++)
        {
            var w = Enumerable.Range(0, n).Select(_ => (long)random.Next(0, 20)).OrderDescending().ToArray();
            var t = (long)random.Next(0, 20 * n + 2);
            var table = new ulong[words];
            ThresholdWitness.TruthTable(w, t, table);
            var falseMask = table.Select(x => ~x & mask).ToArray();
            var expected = new long[n + 1];
            ThresholdWitness.ChowOf(table, n, expected);
            var chow = new long[n + 1];
            Assert.True(check.Check(w, t, falseMask, chow));
            Assert.Equal(expected, chow);

            // One point flipped: the witness no longer realises the leaf's function.
            var x = random.Next(1 << n);
            falseMask[x >> 6] ^= 1UL << (x & 63);
            Assert.False(check.Check(w, t, falseMask, chow));
        }
    }

    private static List<int[]> P(DominanceOrder order, List<int> points) => points.Select(x => order.Prefix[x]).ToList();
}
