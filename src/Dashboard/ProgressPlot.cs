using ScottPlot;

namespace Expressivity.Dashboard;

/// <summary>
/// The progress-over-time plot of a sweep (ScottPlot): percent of the current stage done against
/// seconds since the dashboard first saw the sweep, one series per stage, with axis labels and a legend.
/// </summary>
public static class ProgressPlot
{
    /// <summary>Pixel size of a download.</summary>
    public const int Width = 800;

    /// <summary>Pixel height of a download.</summary>
    public const int Height = 450;

    /// <summary>The plot as SVG text.</summary>
    public static string Svg(string sweep, IReadOnlyList<ProgressPoint> points) => Build(sweep, points).GetSvgXml(Width, Height);

    /// <summary>The plot as PNG bytes.</summary>
    public static byte[] Png(string sweep, IReadOnlyList<ProgressPoint> points) => Build(sweep, points).GetImageBytes(Width, Height, ImageFormat.Png);

    private static Plot Build(string sweep, IReadOnlyList<ProgressPoint> points)
    {
        var plot = new Plot();
        foreach (var stage in points.GroupBy(p => p.Stage).OrderBy(g => g.Key))
        {
            var xs = stage.Select(p => p.Seconds).ToArray();
            var ys = stage.Select(p => p.Total == 0 ? 0 : 100.0 * p.Done / p.Total).ToArray();
            var line = plot.Add.Scatter(xs, ys);
            line.LegendText = $"stage {stage.Key}";
        }

        plot.Title($"progress of {sweep}");
        plot.XLabel("seconds since the dashboard first saw the sweep");
        plot.YLabel("units done in the stage (%)");
        plot.Axes.SetLimitsY(0, 100);
        if (points.Count == 0) plot.Axes.SetLimitsX(0, 1);
        plot.ShowLegend(Alignment.LowerRight);
        return plot;
    }
}
