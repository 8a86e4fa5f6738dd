using Expressivity.Domain.Pictures;
using Xunit;

namespace Expressivity.Domain.Tests.Pictures;

public class LinePlotTests
{
    [Fact]
    public void TicksAreNiceAndCoverTheRange()
    {
        Assert.Equal([0, 5, 10], NiceTicks.For(0, 10));
        Assert.Equal([0, 0.2, 0.4, 0.6, 0.8, 1], NiceTicks.For(0.03, 0.97, 6));
        Assert.Equal([-2, -1, 0, 1, 2, 3], NiceTicks.For(-1.5, 2.5));
        Assert.Equal([2, 2.5, 3, 3.5, 4], NiceTicks.For(3, 3));
        Assert.Equal("0.25", NiceTicks.Label(0.25));
        Assert.Equal("-3", NiceTicks.Label(-3));
        Assert.Throws<ArgumentException>(() => NiceTicks.For(2, 1));
    }

    [Fact]
    public void MarkersLandWhereTheAxesSayAndLinesJoinThem()
    {
        var red = new Rgb(200, 0, 0);
        var plot = new LinePlot { Title = "E(N,K)/T(N)", XLabel = "K", YLabel = "FRACTION", YMin = 0, YMax = 1 };
        var image = plot.Render([new PlotSeries("N=3", [(0, 0), (10, 1)], red)], 200, 150);
        // Plot area: left 60, top 28, 124 × 78 pixels; x ticks 0..10, y ticks 0..1.
        Assert.Equal(red, image[60, 28 + 77]); // (0, 0) at the bottom-left corner
        Assert.Equal(red, image[60 + 123, 28]); // (10, 1) at the top-right corner
        Assert.Equal(red, image[60 + 62, 28 + 38]); // the line passes the middle
        Assert.Equal(Rgb.Black, image[60, 28 + 78 + 2]); // the x = 0 tick below the axis
        Assert.Throws<ArgumentException>(() => plot.Render([new PlotSeries("EMPTY", [], red)]));
        Assert.Throws<ArgumentException>(() => plot.Render([new PlotSeries("NAN", [(0, double.NaN)], red)]));
        Assert.Throws<ArgumentException>(() => plot.Render([new PlotSeries("A", [(0, 1)], red)], 100, 100));
    }
}
