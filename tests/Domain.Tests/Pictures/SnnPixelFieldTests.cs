using Expressivity.Domain.Pictures;
using Expressivity.Domain.SnnRegions;
using Xunit;

namespace Expressivity.Domain.Tests.Pictures;

public class SnnPixelFieldTests
{
    // SPEC.md 2.3 Example 2: w = (1, 1), θ = 1, no delays.
    private static readonly SpikingNetwork Example2 = SpikingNetwork.OneLayer(SpikingNeuron.Of(1, 1, 1));

    [Fact]
    public void PixelCentresGetTheExactTuplesAndTimes()
    {
        // Box [-4, 4]², 16 pixels: centres at -3.75, -3.25, ..., 3.75 (exact binary fractions).
        var field = SnnPixelField.Compute(Example2, -4, 4, 16);
        Assert.Equal(["{0}", "{0,1}", "{1}"], field.Tuples); // scan order: top-left first
        // Top-left (x1 = -3.75, x2 = 3.75): x1 alone fires at 1 + x1 = -2.75 before x2 arrives.
        Assert.Equal(0, field.Region[0, 0]);
        Assert.Equal(-2.75, field.Time[0, 0]);
        // Centre pixel (row 7, column 8): x1 = 0.25, x2 = 0.25: both, t = (1 + 0.5) / 2.
        Assert.Equal(1, field.Region[7, 8]);
        Assert.Equal(0.75, field.Time[7, 8]);
        // Bottom-right (x1 = 3.75, x2 = -3.75): x2 alone.
        Assert.Equal(2, field.Region[15, 15]);
        Assert.Equal(-3.25, field.TimeMin); // (1 - 3.75 - 3.75) / 2 at the bottom-left centre
        Assert.Equal(4.25, field.TimeMax); // (1 + 3.75 + 3.75) / 2 at the top-right centre
    }

    [Fact]
    public void EveryRegionSeenIsARegionOfTheExactCount()
    {
        var network = new SpikingNetwork(2,
        [
            [SpikingNeuron.Of(1, 1, 0.5), SpikingNeuron.Of(1.5, 0.75, 1.25)],
            [SpikingNeuron.Of(1, 1, 1)],
        ]);
        var field = SnnPixelField.Compute(network, -4, 4, 64);
        var exact = RegionSearch.Count(network, -4, 4, record: true);
        var names = exact.Tuples.Select(t => string.Join(" ", t.Select(p => p.ToString()))).ToHashSet();
        Assert.Subset(names, field.Tuples.ToHashSet());
        Assert.Equal(exact.Regions, field.Tuples.Count); // wide regions: all show at this resolution
    }
}
