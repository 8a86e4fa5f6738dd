using Expressivity.Domain.ThresholdCensus;
using Xunit;

namespace Expressivity.Domain.Tests.ThresholdCensus;

public class SeparationOracleTests
{
    [Theory]
    [InlineData(3, 1)]
    [InlineData(4, 2)]
    public void Float_path_exact_path_and_brute_force_agree_on_random_point_sets(int n, int seed)
    {
        var order = new DominanceOrder(n);
        var oracle = new SeparationOracle(n);
        var random = new Random(seed);
        var separable = 0;
        for (var trial = 0; trial < 300; trial++)
        {
            var points = Enumerable.Range(0, 1 << n).OrderBy(_ => random.Next()).ToArray();
            var ones = points.Take(random.Next(1, 4)).ToList();
            var zeros = points.Skip(ones.Count).Take(random.Next(1, 4)).ToList();
            var onesP = ones.Select(x => order.Prefix[x]).ToList();
            var zerosP = zeros.Select(x => order.Prefix[x]).ToList();
            var expected = BruteSeparable(n, ones, zeros);
            Assert.Equal(expected, oracle.Separate(onesP, ones, zerosP, zeros));
            if (expected) AssertWitness(oracle, ones, zeros);
            Assert.Equal(expected, oracle.SeparateExactly(onesP, ones, zerosP, zeros));
            if (expected) AssertWitness(oracle, ones, zeros);
            separable += expected ? 1 : 0;
        }

        Assert.InRange(separable, 30, 270);
        Assert.True(oracle.Certificates > 0);
    }

    [Fact]
    public void Certificate_check_rejects_wrong_multipliers()
    {
        // True point 001 (input 3 only), false point 100 (input 1 only): 100 ≽ 001, so inseparable.
        int[][] ones = [[0, 0, 1]];
        int[][] zeros = [[1, 1, 1]];
        Assert.True(AsummabilityCertificate.Check(ones, [1], zeros, [1]));
        Assert.False(AsummabilityCertificate.Check(ones, [1], zeros, [2]));
        Assert.False(AsummabilityCertificate.Check(zeros, [1], ones, [1]));
        Assert.False(AsummabilityCertificate.Check(ones, [0], zeros, [0]));
    }

    private static void AssertWitness(SeparationOracle oracle, List<int> ones, List<int> zeros)
    {
        var w = oracle.Weights;
        for (var i = 0; i + 1 < w.Length; i++) Assert.True(w[i] >= w[i + 1] && w[i + 1] >= 0);
        foreach (var a in ones) Assert.True(Dot(w, a) >= oracle.Threshold);
        foreach (var b in zeros) Assert.True(Dot(w, b) < oracle.Threshold);
    }

    // Sorted weights in [0, 3] suffice for every threshold function of ≤ 4 inputs (M(4) = 3), hence for
    // every separable partial function too (it extends to the function of any of its separators).
    private static bool BruteSeparable(int n, List<int> ones, List<int> zeros)
    {
        foreach (var w in Sorted(n, 3))
        {
            var min = ones.Min(a => Dot(w, a));
            if (zeros.All(b => Dot(w, b) < min)) return true;
        }

        return false;
    }

    private static IEnumerable<long[]> Sorted(int n, int cap)
    {
        if (n == 0)
        {
            yield return [];
            yield break;
        }

        for (var w = cap; w >= 0; w--)
        {
            foreach (var rest in Sorted(n - 1, w)) yield return [w, .. rest];
        }
    }

    private static long Dot(long[] w, int x)
    {
        long s = 0;
        for (var i = 0; i < w.Length; i++)
        {
            if ((x >> i & 1) != 0) s += w[i];
        }

        return s;
    }
}
