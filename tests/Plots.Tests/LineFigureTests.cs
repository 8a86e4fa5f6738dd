using Xunit;

namespace Expressivity.Plots.Tests;

public class LineFigureTests
{
    [Fact]
    public void AxesTitleAndEverySeriesAreLabelled()
    {
        var figure = new LineFigure("E(N, K) / T(N)", "K (weights in [−K, K])", "fraction of threshold functions") { YMin = 0, YMax = 1.05 }.Draw(
        [
            new FigureSeries("N = 3", [(1, 56 / 104.0), (2, 1)]),
            new FigureSeries("N = 4", [(1, 218 / 1882.0), (2, 986 / 1882.0), (3, 1)]),
            new FigureSeries("bound", [(1, 1), (3, 1)], SeriesStyle.Dashed),
        ]);
        var text = SvgText.Joined(figure.Encode(FigureFormat.Svg));
        foreach (var label in new[] { "E(N, K) / T(N)", "K (weights in [−K, K])", "fraction of threshold functions", "N = 3", "N = 4", "bound" })
            Assert.Contains(label, text);
    }

    [Fact]
    public void HistogramBarsAndLogAxisAreLabelled()
    {
        var figure = new LineFigure("E2 widths", "width", "sets") { LogY = true }.Draw(
        [
            new FigureSeries("n = 3", [(1, 2), (2, 100), (3, 5)], SeriesStyle.Bars),
            new FigureSeries("n = 4", [(1, 3), (2, 1000)], SeriesStyle.Bars),
        ]);
        var text = SvgText.Joined(figure.Encode(FigureFormat.Svg));
        foreach (var label in new[] { "E2 widths", "width", "sets", "n = 3", "n = 4", "1e3" })
            Assert.Contains(label, text);
    }

    [Fact]
    public void NoSeriesIsRefused() => Assert.Throws<ArgumentException>(() => new LineFigure("", "x", "y").Draw([]));
}
