using Expressivity.Domain.ThresholdCircuits;
using Xunit;

namespace Expressivity.Domain.Tests.ThresholdCircuits;

public class MinimalCircuitSearchTests
{
    [Theory]
    [InlineData(1, 2, 1)]
    [InlineData(2, 2, 2)]
    [InlineData(3, 2, 2)]
    [InlineData(4, 2, 3)]
    [InlineData(4, 3, 3)]
    public void Parity_minimal_sizes_are_exact_for_small_n(int n, int depth, int size)
    {
        var result = MinimalCircuitSearch.Run(SymmetricFunction.Parity, n, depth);
        Assert.True(result.Exact);
        Assert.Equal(size, result.LowerBound);
        Assert.Equal(size, result.Circuit.Size);
        Assert.True(result.Circuit.Depth <= depth);
        Assert.Equal(Enumerable.Range(1, size - 1), result.Refuted.Select(r => r.Size));
    }

    [Theory]
    [InlineData(3, 1)]
    [InlineData(4, 2)]
    [InlineData(7, 2)]
    public void Cq_minimal_sizes_are_exact_for_small_n(int n, int size)
    {
        var result = MinimalCircuitSearch.Run(SymmetricFunction.CompleteQuadratic, n, 2);
        Assert.True(result.Exact);
        Assert.Equal(size, result.Circuit.Size);
    }

    [Fact]
    public void The_search_says_where_it_stops()
    {
        // Parity of 6 at depth 2: the halving circuit has 4 gates; one gate is refuted, two would need
        // first-layer functions of six inputs.
        var result = MinimalCircuitSearch.Run(SymmetricFunction.Parity, 6, 2);
        Assert.False(result.Exact);
        Assert.Equal((2, 4), (result.LowerBound, result.UpperBound));
    }

    [Fact]
    public void Orbits_cover_every_candidate_and_the_tables_match_the_public_counts()
    {
        Assert.Equal([4, 14, 104, 1882], Enumerable.Range(1, 4).Select(n => ThresholdFunctionList.Of(n).Functions.Count));
        var orbits = new HiddenGateOrbits(4, negations: true);
        Assert.Equal((1882 - 2) / 2, orbits.Candidates.Count);
        Assert.All(orbits.Candidates, h => Assert.Contains(orbits.Representative[h], orbits.Representatives));
        Assert.True(orbits.Representatives.Count < 20);
    }
}
