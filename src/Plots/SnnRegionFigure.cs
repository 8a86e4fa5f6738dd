using Expressivity.Domain.Numerics;
using Expressivity.Domain.Pictures;
using Expressivity.Domain.SnnRegions;
using ScottPlot;

namespace Expressivity.Plots;

/// <summary>
/// Two panels for a network with d = 2 inputs on the box [min, max]², drawn from the exact per-pixel
/// field (<see cref="SnnPixelField"/>): the region map, coloured by the tuple of causal patterns of all
/// neurons with pixels whose right or lower neighbour differs in black, and a legend of the tuples; and
/// the first output neuron's firing-time surface with a colour bar (grey where it never fires).
/// A rendering, not a count: a region thinner than a pixel may not show.
/// </summary>
public static class SnnRegionFigure
{
    /// <summary>Most tuples named in the legend; the rest are counted in one more entry.</summary>
    public const int LegendTuples = 12;

    /// <summary>Computes the field (<paramref name="side"/> pixels square, 16..1024) and draws it.</summary>
    public static Figure Draw(SpikingNetwork network, BigRational min, BigRational max, int side = 256)
    {
        if (network.Inputs != 2) throw new ArgumentException($"pictures need d = 2 inputs, got {network.Inputs}");
        if (min >= max) throw new ArgumentException("empty box");
        ArgumentOutOfRangeException.ThrowIfLessThan(side, 16);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(side, 1024);
        return Draw(network, min, max, SnnPixelField.Compute(network, min, max, side));
    }

    /// <summary>Draws an already computed field.</summary>
    public static Figure Draw(SpikingNetwork network, BigRational min, BigRational max, SnnPixelField field)
    {
        var side = field.Region.GetLength(0);
        var (lo, hi) = (min.ToDouble(), max.ToDouble());
        var regions = RegionMap(field, lo, hi, network.NeuronCount);
        var times = TimeSurface(field, lo, hi, network.Layers[^1].Count > 1);
        var panel = Math.Max(side, 360);
        var height = panel + 200 + (Math.Min(field.Tuples.Count, LegendTuples + 1) * 18);
        return new Figure([(regions, panel + 140), (times, panel + 200)], height,
            $"{network.NeuronCount} neuron(s) on [{min}, {max}]^2, {side}x{side} pixel centres per panel, {field.Tuples.Count} tuple(s) seen");
    }

    private static Plot RegionMap(SnnPixelField field, double lo, double hi, int neurons)
    {
        var side = field.Region.GetLength(0);
        var plot = FigureStyle.NewPlot($"regions (causal-set tuples), {neurons} neuron{(neurons == 1 ? "" : "s")}", "x1", "x2");
        // Region ids as values through a categorical colour map; boundary pixels are NaN, drawn black.
        var cells = new double[side, side];
        for (var r = 0; r < side; r++)
        {
            for (var c = 0; c < side; c++)
            {
                var id = field.Region[r, c];
                var edge = (c + 1 < side && field.Region[r, c + 1] != id) || (r + 1 < side && field.Region[r + 1, c] != id);
                cells[r, c] = edge ? double.NaN : id;
            }
        }

        var map = plot.Add.Heatmap(cells);
        map.Colormap = new CategoryColormap(field.Tuples.Count);
        map.ManualRange = new ScottPlot.Range(0, Math.Max(1, field.Tuples.Count - 1));
        map.NaNCellColor = Colors.Black;
        map.Extent = new CoordinateRect(lo, hi, lo, hi);
        plot.Axes.SetLimits(lo, hi, lo, hi);
        for (var i = 0; i < Math.Min(field.Tuples.Count, LegendTuples); i++)
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = field.Tuples[i], FillColor = FigureStyle.Category(i), OutlineColor = Colors.Black });
        if (field.Tuples.Count > LegendTuples)
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = $"… {field.Tuples.Count - LegendTuples} more", FillColor = Colors.White });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "boundary (neighbour differs)", FillColor = Colors.Black });
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }

    private static Plot TimeSurface(SnnPixelField field, double lo, double hi, bool severalOutputs)
    {
        var side = field.Time.GetLength(0);
        var plot = FigureStyle.NewPlot(severalOutputs ? "first output neuron's firing time t(x)" : "output firing time t(x)", "x1", "x2");
        var cells = new double[side, side];
        for (var r = 0; r < side; r++)
            for (var c = 0; c < side; c++) cells[r, c] = field.Time[r, c] ?? double.NaN;
        var map = plot.Add.Heatmap(cells);
        map.Colormap = new ScottPlot.Colormaps.Viridis();
        map.NaNCellColor = Colors.Gray;
        map.Extent = new CoordinateRect(lo, hi, lo, hi);
        if (field.TimeMin is { } tMin && field.TimeMax is { } tMax) map.ManualRange = new ScottPlot.Range(tMin, tMax > tMin ? tMax : tMin + 1);
        plot.Axes.SetLimits(lo, hi, lo, hi);
        var bar = plot.Add.ColorBar(map);
        bar.Label = "firing time";
        bar.LabelStyle.FontName = PlotFonts.Family;
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "never fires", FillColor = Colors.Gray, OutlineColor = Colors.Black });
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }
}
