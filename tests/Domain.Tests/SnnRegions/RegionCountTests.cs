using Expressivity.Domain.Numerics;
using Expressivity.Domain.SnnRegions;
using Xunit;

namespace Expressivity.Domain.Tests.SnnRegions;

public class RegionCountTests
{
    private static BigRational R(double v) => BigRational.FromDouble(v);

    private static RegionCount Count(SpikingNetwork network, double half, bool record = false) =>
        RegionSearch.Count(network, R(-half), R(half), record: record);

    [Fact]
    public void Example2HasThreeRegions()
    {
        var result = Count(SpikingNetwork.OneLayer(SpikingNeuron.Of(1, 1, 1)), 10, record: true);
        Assert.Equal(3, result.Regions);
        Assert.Equal(0, result.SilentRegions);
        Assert.Null(result.Jump);
        Assert.Equal(["{0,1}", "{0}", "{1}"], result.Tuples.Select(t => t[0].ToString()).Order(StringComparer.Ordinal).ToArray());
    }

    [Theory]
    [InlineData(0.2, 1)]
    [InlineData(0.5, 4)]
    [InlineData(1, 7)]
    public void TheBoxDecidesWhichRegionsExist(double half, long expected)
    {
        var result = Count(SpikingNetwork.OneLayer(SpikingNeuron.Of(1, 1, 1, 1)), half);
        Assert.Equal(expected, result.Regions);
    }
}
