using System.Numerics;
using Expressivity.Domain.Threshold;
using Xunit;

namespace Expressivity.Domain.Tests.Threshold;

public class SortedWeightEnumerationTests
{
    // A000609 for N = 0..7 and M(N) for N = 1..7 (SPEC.md 1.2).
    private static readonly long[] ThresholdCounts = [2, 4, 14, 104, 1882, 94572, 15028134, 8378070864];
    private static readonly int[] MaxWeight = [0, 1, 1, 2, 3, 5, 9, 18];

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    [InlineData(3, 1)]
    [InlineData(3, 2)]
    [InlineData(4, 1)]
    [InlineData(4, 2)]
    [InlineData(4, 3)]
    [InlineData(5, 1)]
    public void Matches_an_independent_brute_force_count(int n, int k)
    {
        Assert.Equal(BruteForce.DistinctFunctions(n, k), (int)SortedWeightEnumeration.Count(n, k));
    }

    [Fact]
    public void Reproduces_the_public_range_counts()
    {
        Assert.Equal(1882, (int)SortedWeightEnumeration.Count(4, 3));
        Assert.Equal(94572, (int)SortedWeightEnumeration.Count(5, 5));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    public void The_weight_bound_M_N_is_exactly_enough(int n)
    {
        var m = MaxWeight[n];
        var byBound = SortedWeightEnumeration.CountsByBound(n, m);
        Assert.Equal(new BigInteger(ThresholdCounts[n]), byBound[m]);
        Assert.True(byBound[m - 1] < ThresholdCounts[n]);
        for (var k = 1; k <= m; k++) Assert.True(byBound[k - 1] < byBound[k]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(6)]
    public void Ternary_weights_match_the_closed_form(int n)
    {
        // SPEC.md 1.1: w ∈ {−1, 0, 1}^N realises 2N·3^(N−1) + 2 functions.
        Assert.Equal(2 * n * BigInteger.Pow(3, n - 1) + 2, SortedWeightEnumeration.Count(n, 1));
    }

    [Fact]
    public void Weights_in_minus_n_to_n_first_fail_at_six()
    {
        Assert.Equal(new BigInteger(ThresholdCounts[5]), SortedWeightEnumeration.Count(5, 5));
        Assert.True(SortedWeightEnumeration.Count(6, 6) < ThresholdCounts[6]);
    }
}
