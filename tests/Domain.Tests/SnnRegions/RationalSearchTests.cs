using Expressivity.Domain.SnnRegions;
using Expressivity.Domain.SnnRegions.Sweep;
using Xunit;

namespace Expressivity.Domain.Tests.SnnRegions;

/// <summary>The off-grid search: deterministic, its parameters leave the 1/8 grid, and its counts are exact (recounted independently).</summary>
public class RationalSearchTests
{
    [Theory]
    [InlineData(2, new[] { 2 }, false)]
    [InlineData(3, new[] { 2 }, false)]
    [InlineData(2, new[] { 2, 1 }, true)]
    public void BestCountsAreExactAndReplay(int inputs, int[] widths, bool mixed)
    {
        var a = RationalSearch.Run(inputs, widths, mixed, seed: 5, restart: 1, steps: 12, -20, 20);
        var b = RationalSearch.Run(inputs, widths, mixed, seed: 5, restart: 1, steps: 12, -20, 20);
        Assert.Equal(NetworkJson.Write(a.Network).ToJsonString(), NetworkJson.Write(b.Network).ToJsonString());
        Assert.Equal((a.Regions, a.LinearRegions), (b.Regions, b.LinearRegions));
        Assert.Equal(13, a.Evaluations);
        // The causal-set search, an independent method, counts the same patterns.
        Assert.Equal(RegionSearch.Count(a.Network, -20, 20, checkJumps: false).Regions, a.Regions);
        Assert.True(a.LinearRegions >= 1 && a.AffineMaps <= a.LinearRegions);
        Assert.Contains(a.Network.Layers.SelectMany(l => l).SelectMany(n => n.Weights.Concat(n.Delays)),
            v => (v * 8).Denominator != 1); // off the 1/8 grid
    }
}
