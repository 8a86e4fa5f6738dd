using Expressivity.Domain.SnnRegions;
using Xunit;

namespace Expressivity.Plots.Tests;

public class SnnRegionFigureTests
{
    [Fact]
    public void BothPanelsHaveAxesLegendAndColourBar()
    {
        // w = (1, -1), θ = 1: fires only when x1 + 1 <= x2, so "never fires" shows in the legend.
        var silent = new SpikingNetwork(2, [[SpikingNeuron.Of(1, 1, -1)]]);
        var figure = SnnRegionFigure.Draw(silent, -2, 2, 32);
        var text = SvgText.Of(figure.Encode(FigureFormat.Svg));
        var joined = string.Join(" ", text);
        Assert.True(text.Count(t => t == "x1") >= 2, joined);
        Assert.True(text.Count(t => t == "x2") >= 2, joined);
        foreach (var label in new[] { "regions (causal-set tuples)", "output firing time t(x)", "firing time", "never fires", "boundary (neighbour differs)" })
            Assert.Contains(label, joined);
        var field = Expressivity.Domain.Pictures.SnnPixelField.Compute(silent, -2, 2, 32);
        Assert.NotEmpty(field.Tuples);
        foreach (var tuple in field.Tuples) Assert.Contains(tuple, text); // every tuple is a legend entry
    }

    [Fact]
    public void BadBoxesAndSizesAreRefused()
    {
        var one = SpikingNetwork.OneLayer(SpikingNeuron.Of(1, 1, 1));
        Assert.Throws<ArgumentException>(() => SnnRegionFigure.Draw(SpikingNetwork.OneLayer(SpikingNeuron.Of(1, 1, 1, 1)), -1, 1));
        Assert.Throws<ArgumentException>(() => SnnRegionFigure.Draw(one, 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => SnnRegionFigure.Draw(one, -1, 1, 8));
    }
}
