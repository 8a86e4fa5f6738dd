using Expressivity.Domain.NeuronExpressivity;
using ScottPlot;

namespace Expressivity.Plots;

/// <summary>
/// The expressivity matrix (SPEC.md 1; the seed blog's picture): one row per input x, x = 0…0 at the
/// top, one column per distinct function in parameter order (<see cref="ParameterOrderFunctions"/>),
/// black where f(x) = 1 and white where f(x) = 0, with axes, a legend, and a title saying how the walk ended.
/// Every column is drawn at least one pixel wide, so the figure grows with the count (5 122 columns at N = 10).
/// </summary>
public static class ExpressivityMatrixFigure
{
    /// <summary>Most columns drawn; later functions are cut off and the title says so.</summary>
    public const int MaxColumns = 8192;

    /// <summary>Most cells (rows × columns) held in the heat map.</summary>
    public const long MaxCells = 1L << 25;

    /// <summary>Work budget of the walk: weight vectors × 2^n (about a minute at n = 12).</summary>
    public const long MaxWork = 1L << 31;

    /// <summary>Enumerates the family of <paramref name="spec"/> (n ≤ 12) and draws it.</summary>
    public static Figure Draw(NeuronExpressivitySpec spec)
    {
        var columns = (int)Math.Min(MaxColumns, MaxCells / spec.Points);
        return Draw(spec, ParameterOrderFunctions.Enumerate(spec.N, spec.Inputs, spec.Weights, spec.Threshold, columns, MaxWork));
    }

    /// <summary>Draws an already enumerated family.</summary>
    public static Figure Draw(NeuronExpressivitySpec spec, ParameterOrderResult result)
    {
        var rows = spec.Points;
        var columns = Math.Max(1, result.Tables.Count);
        var cells = new double[rows, columns];
        for (var c = 0; c < result.Tables.Count; c++)
        {
            var table = result.Tables[c];
            // Greyscale maps 0 to black: a 1 of the function is value 0.
            for (var x = 0; x < rows; x++) cells[x, c] = (table[x >> 6] >> (x & 63) & 1) != 0 ? 0 : 1;
        }

        var caption = Caption(spec, result);
        var plot = FigureStyle.NewPlot(caption[0] + "\n" + caption[1], "function (column in parameter order)", "input x (row number; bit i is input i)");
        var map = plot.Add.Heatmap(cells);
        map.Colormap = new ScottPlot.Colormaps.Grayscale();
        map.ManualRange = new ScottPlot.Range(0, 1);
        map.Extent = new CoordinateRect(0, columns, rows, 0);
        plot.Axes.SetLimits(0, columns, rows, 0); // x = 0…0 at the top
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "f(x) = 1", FillColor = Colors.Black, OutlineColor = Colors.Black });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "f(x) = 0", FillColor = Colors.White, OutlineColor = Colors.Black });
        plot.ShowLegend(Edge.Right);

        // One or more whole pixels per column and row; small matrices are blown up to about 900 px.
        var cellWidth = Math.Clamp(900 / columns, 1, 24);
        var cellHeight = Math.Clamp(Math.Max(cellWidth, 300 / rows), 1, 24);
        const int left = 110, right = 150, top = 80, bottom = 70;
        plot.Layout.Fixed(new PixelPadding(left, right, bottom, top));
        var width = left + right + (columns * cellWidth);
        var height = top + bottom + (rows * cellHeight);
        return new Figure(plot, Math.Max(width, 700), height, caption[1].ToLowerInvariant());
    }

    /// <summary>The title lines: the family, then the count or why it is partial.</summary>
    public static string[] Caption(NeuronExpressivitySpec spec, ParameterOrderResult result)
    {
        var weights = spec.Weights.IsRange ? $"w ∈ [{spec.Weights.Min}, {spec.Weights.Max}]^N" : "w ∈ {" + string.Join(", ", Enumerable.Range(0, (int)spec.Weights.Count).Select(i => spec.Weights.ValueAt(i))) + "}^N";
        var threshold = spec.Threshold.Kind switch
        {
            ThresholdRule.Mode.Any => "any t",
            ThresholdRule.Mode.Value => $"t = {spec.Threshold.Low}",
            _ => $"t ∈ [{spec.Threshold.Low}, {spec.Threshold.High}]",
        };
        var inputs = spec.Inputs == InputEncoding.Binary ? "x ∈ {0,1}^N" : "x ∈ {−1,1}^N";
        var count = result.Stop switch
        {
            ParameterOrderStop.Complete => $"{result.Tables.Count} functions (all), {result.WeightVectors} weight vectors",
            ParameterOrderStop.Truncated => $"first {result.Tables.Count} functions only (more exist), {result.WeightVectors} weight vectors walked",
            _ => $"{result.Tables.Count} functions in the first {result.WeightVectors} weight vectors (walk stopped)",
        };
        return [$"N = {spec.N}, {inputs}, {weights}, {threshold}", count];
    }
}
