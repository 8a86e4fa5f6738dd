namespace Expressivity.Domain.Pictures;

/// <summary>
/// A simple line/scatter plot: axes with nice ticks and labels, a title, one polyline with square
/// markers per series, and a legend in the top-left of the plot area. Data ranges come from the points
/// unless fixed with <see cref="YMin"/>/<see cref="YMax"/>.
/// </summary>
public sealed class LinePlot
{
    private const int Left = 60;
    private const int Right = 16;
    private const int Top = 28;
    private const int Bottom = 44;

    /// <summary>Title drawn above the plot.</summary>
    public string Title { get; init; } = "";

    /// <summary>Label under the x axis.</summary>
    public string XLabel { get; init; } = "";

    /// <summary>Label beside the y axis (reads upwards).</summary>
    public string YLabel { get; init; } = "";

    /// <summary>Fixed lower end of the y axis, or null for the data's minimum.</summary>
    public double? YMin { get; init; }

    /// <summary>Fixed upper end of the y axis, or null for the data's maximum.</summary>
    public double? YMax { get; init; }

    /// <summary>Renders the plot at <paramref name="width"/> × <paramref name="height"/> (at least 160 × 120).</summary>
    public RasterImage Render(IReadOnlyList<PlotSeries> series, int width = 640, int height = 420)
    {
        if (width < 160 || height < 120) throw new ArgumentException("a plot needs at least 160 × 120 pixels");
        var points = series.SelectMany(s => s.Points).ToList();
        if (points.Count == 0) throw new ArgumentException("nothing to plot: every series is empty");
        if (points.Any(p => !double.IsFinite(p.X) || !double.IsFinite(p.Y))) throw new ArgumentException("plot points must be finite");
        var xTicks = NiceTicks.For(points.Min(p => p.X), points.Max(p => p.X));
        var yTicks = NiceTicks.For(YMin ?? points.Min(p => p.Y), YMax ?? points.Max(p => p.Y));
        var image = new RasterImage(width, height);
        var plotW = width - Left - Right;
        var plotH = height - Top - Bottom;
        int Px(double x) => Left + (int)Math.Round((x - xTicks[0]) / (xTicks[^1] - xTicks[0]) * (plotW - 1));
        int Py(double y) => Top + plotH - 1 - (int)Math.Round((y - yTicks[0]) / (yTicks[^1] - yTicks[0]) * (plotH - 1));

        var grid = new Rgb(225, 225, 225);
        foreach (var t in xTicks)
        {
            image.FillRect(Px(t), Top, 1, plotH, grid);
            image.FillRect(Px(t), Top + plotH, 1, 4, Rgb.Black);
            var label = NiceTicks.Label(t);
            BitmapFont.DrawText(image, Px(t) - (BitmapFont.MeasureWidth(label) / 2), Top + plotH + 7, label, Rgb.Black);
        }

        foreach (var t in yTicks)
        {
            image.FillRect(Left, Py(t), plotW, 1, grid);
            image.FillRect(Left - 4, Py(t), 4, 1, Rgb.Black);
            var label = NiceTicks.Label(t);
            BitmapFont.DrawText(image, Left - 7 - BitmapFont.MeasureWidth(label), Py(t) - 3, label, Rgb.Black);
        }

        image.StrokeRect(Left, Top, plotW, plotH, Rgb.Black);
        foreach (var s in series)
        {
            for (var i = 0; i < s.Points.Count; i++)
            {
                var (x, y) = (Px(s.Points[i].X), Py(s.Points[i].Y));
                if (i > 0) image.DrawLine(Px(s.Points[i - 1].X), Py(s.Points[i - 1].Y), x, y, s.Colour);
                image.FillRect(x - 2, y - 2, 5, 5, s.Colour);
            }
        }

        for (var i = 0; i < series.Count; i++)
        {
            image.FillRect(Left + 8, Top + 8 + (i * 12), 8, 8, series[i].Colour);
            BitmapFont.DrawText(image, Left + 20, Top + 9 + (i * 12), series[i].Name, Rgb.Black);
        }

        BitmapFont.DrawText(image, (width - BitmapFont.MeasureWidth(Title, 2)) / 2, 6, Title, Rgb.Black, 2);
        BitmapFont.DrawText(image, Left + ((plotW - BitmapFont.MeasureWidth(XLabel)) / 2), height - 14, XLabel, Rgb.Black);
        BitmapFont.DrawTextUp(image, 6, Top + ((plotH + BitmapFont.MeasureWidth(YLabel)) / 2), YLabel, Rgb.Black);
        return image;
    }
}
