using Expressivity.Domain.Numerics;
using Expressivity.Domain.SnnRegions;
using Expressivity.Domain.SnnRegions.Refinement;
using Expressivity.Domain.SnnRegions.Sweep;
using Xunit;

namespace Expressivity.Domain.Tests.SnnRegions.Refinement;

/// <summary>The refinement enumerator against the causal-set search (an independent method): the same patterns, exactly.</summary>
public class RefinementMatchesSearchTests
{
    private static string Key(CausalPattern[] t) => string.Join(",", t.Select(p => p.Code));

    private static void AssertSamePatterns(SpikingNetwork network, BigRational min, BigRational max)
    {
        var search = RegionSearch.Count(network, min, max, record: true, checkJumps: false);
        var refined = RefinementCount.Of(RegionRefinement.Regions(network, min, max));
        Assert.Equal(search.Regions, refined.Regions);
        Assert.Equal(search.SilentRegions, refined.SilentRegions);
        Assert.Equal(search.Tuples.Select(Key).Order(StringComparer.Ordinal), refined.Tuples.Select(Key).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(1, new[] { 3 }, false)]
    [InlineData(2, new[] { 4 }, false)]
    [InlineData(2, new[] { 3, 2 }, false)]
    [InlineData(2, new[] { 2, 2, 1 }, false)]
    [InlineData(3, new[] { 2 }, false)]
    [InlineData(3, new[] { 3, 2 }, false)]
    [InlineData(4, new[] { 2 }, false)]
    [InlineData(4, new[] { 2, 1 }, false)]
    [InlineData(2, new[] { 3 }, true)]
    [InlineData(2, new[] { 3, 2 }, true)]
    [InlineData(3, new[] { 2 }, true)]
    [InlineData(3, new[] { 2, 2 }, true)]
    [InlineData(4, new[] { 2 }, true)]
    public void RandomNetworksGiveTheSamePatterns(int inputs, int[] widths, bool mixed)
    {
        var family = new RandomNetworks(inputs, widths, mixed);
        var draws = inputs == 4 && mixed ? 1 : 4; // the causal-set search is slow there
        for (var draw = 0; draw < draws; draw++)
        {
            AssertSamePatterns(family.Draw(7, draw), -3, 3);
        }
    }

    [Theory]
    [InlineData(0.2, 1)]
    [InlineData(0.5, 4)]
    [InlineData(1, 7)]
    public void TheBoxDecidesWhichRegionsExist(double half, long expected)
    {
        var network = SpikingNetwork.OneLayer(SpikingNeuron.Of(1, 1, 1, 1));
        var refined = RefinementCount.Of(RegionRefinement.Regions(network, BigRational.FromDouble(-half), BigRational.FromDouble(half)));
        Assert.Equal(expected, refined.Regions);
    }

    [Fact]
    public void TheJumpNetworkGivesTheSamePatterns() =>
        AssertSamePatterns(SpikingNetwork.OneLayer(SpikingNeuron.Of(1, 1, -2, 5)), -3, 3);
}
