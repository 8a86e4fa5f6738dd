using ScottPlot;

namespace Expressivity.Plots;

/// <summary>How one series is drawn.</summary>
public enum SeriesStyle
{
    /// <summary>Points joined by a solid line, with markers.</summary>
    Line,

    /// <summary>A dashed line without markers: a bound or a closed form beside measured points.</summary>
    Dashed,

    /// <summary>Bars at each x (a histogram).</summary>
    Bars,
}

/// <summary>One named series of (x, y) points.</summary>
public sealed record FigureSeries(string Name, IReadOnlyList<(double X, double Y)> Points, SeriesStyle Style = SeriesStyle.Line);

/// <summary>
/// Curves and histograms of numbers already computed: E(N, K)/T(N), gates against n beside the theorems'
/// bounds, E1/E2 histograms. Every series is in the legend; both axes are labelled.
/// </summary>
public sealed record LineFigure(string Title, string XLabel, string YLabel)
{
    /// <summary>Lower y limit, or null for automatic.</summary>
    public double? YMin { get; init; }

    /// <summary>Upper y limit, or null for automatic.</summary>
    public double? YMax { get; init; }

    /// <summary>A base-10 logarithmic y axis (values must be positive).</summary>
    public bool LogY { get; init; }

    /// <summary>Draws the series (colours in order).</summary>
    public Figure Draw(IReadOnlyList<FigureSeries> series, int width = 900, int height = 600)
    {
        if (series.Count == 0) throw new ArgumentException("a line figure needs a series");
        var plot = FigureStyle.NewPlot(Title, XLabel, YLabel);
        var barSeries = series.Count(s => s.Style == SeriesStyle.Bars);
        var barIndex = 0;
        for (var i = 0; i < series.Count; i++)
        {
            var s = series[i];
            var colour = FigureStyle.Category(i);
            var xs = s.Points.Select(p => p.X).ToArray();
            var ys = s.Points.Select(p => LogY ? Math.Log10(p.Y) : p.Y).ToArray();
            switch (s.Style)
            {
                case SeriesStyle.Bars:
                    // Side-by-side bars when several histograms share the x values.
                    var bw = 0.8 / barSeries;
                    var bars = s.Points.Select(p => new Bar { Position = p.X - 0.4 + (bw * (barIndex + 0.5)), Value = LogY ? Math.Log10(p.Y) : p.Y, Size = bw, FillColor = colour }).ToList();
                    var added = plot.Add.Bars(bars);
                    added.LegendText = s.Name;
                    barIndex++;
                    break;
                default:
                    var scatter = plot.Add.Scatter(xs, ys, colour);
                    scatter.LegendText = s.Name;
                    scatter.LineWidth = 2;
                    if (s.Style == SeriesStyle.Dashed)
                    {
                        scatter.LinePattern = LinePattern.Dashed;
                        scatter.MarkerSize = 0;
                    }
                    else
                    {
                        scatter.MarkerSize = 7;
                    }

                    break;
            }
        }

        if (LogY)
        {
            var minorTicks = new ScottPlot.TickGenerators.LogMinorTickGenerator();
            var ticks = new ScottPlot.TickGenerators.NumericAutomatic { MinorTickGenerator = minorTicks, IntegerTicksOnly = true, LabelFormatter = y => $"1e{y:0}" };
            plot.Axes.Left.TickGenerator = ticks;
        }

        if (YMin is not null || YMax is not null)
        {
            plot.Axes.AutoScale();
            var limits = plot.Axes.GetLimits();
            plot.Axes.SetLimitsY(YMin ?? limits.Bottom, YMax ?? limits.Top);
        }

        plot.ShowLegend(Edge.Right);
        return new Figure(plot, width, height, $"{series.Count} series, {series.Sum(s => s.Points.Count)} points");
    }
}
