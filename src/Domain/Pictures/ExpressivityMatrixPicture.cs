using Expressivity.Domain.NeuronExpressivity;

namespace Expressivity.Domain.Pictures;

/// <summary>
/// The expressivity matrix (SPEC.md 1; the seed blog's picture): one row per input x, x = 0…0 at the
/// top, one column per distinct function in parameter order (<see cref="ParameterOrderFunctions"/>),
/// black where f(x) = 1 and white where f(x) = 0, under a caption that says how the walk ended.
/// </summary>
public static class ExpressivityMatrixPicture
{
    /// <summary>Most columns drawn; later functions are cut off and the caption says so.</summary>
    public const int MaxColumns = 4096;

    /// <summary>Work budget of the walk: weight vectors × 2^n (about a minute at n = 12).</summary>
    public const long MaxWork = 1L << 31;

    /// <summary>Enumerates the family of <paramref name="spec"/> (n ≤ 12) and draws it.</summary>
    public static RasterImage Render(NeuronExpressivitySpec spec) =>
        Render(spec, ParameterOrderFunctions.Enumerate(spec.N, spec.Inputs, spec.Weights, spec.Threshold, MaxColumns, MaxWork));

    /// <summary>Draws an already enumerated family.</summary>
    public static RasterImage Render(NeuronExpressivitySpec spec, ParameterOrderResult result)
    {
        var rows = spec.Points;
        var columns = Math.Max(1, result.Tables.Count);
        // Cells as large as fit about 1024 pixels a side, never below one pixel; square unless the matrix
        // is much wider than tall, where rows grow so that it stays at least about 256 pixels high.
        var cell = Math.Clamp(Math.Min(1024 / columns, 1024 / rows), 1, 16);
        var cellHeight = Math.Max(cell, Math.Clamp(256 / rows, 1, 16));
        var caption = Caption(spec, result);
        const int margin = 8;
        var textWidth = caption.Max(line => BitmapFont.MeasureWidth(line));
        var width = Math.Max((columns * cell) + (2 * margin) + 2, textWidth + (2 * margin));
        var top = margin + (caption.Length * (BitmapFont.LineHeight + 2)) + 4;
        var image = new RasterImage(width, top + (rows * cellHeight) + 2 + margin);
        for (var i = 0; i < caption.Length; i++) BitmapFont.DrawText(image, margin, margin + (i * (BitmapFont.LineHeight + 2)), caption[i], Rgb.Black);
        image.StrokeRect(margin, top, (columns * cell) + 2, (rows * cellHeight) + 2, Rgb.Grey);
        for (var c = 0; c < result.Tables.Count; c++)
        {
            var table = result.Tables[c];
            for (var x = 0; x < rows; x++)
            {
                if ((table[x >> 6] >> (x & 63) & 1) != 0) image.FillRect(margin + 1 + (c * cell), top + 1 + (x * cellHeight), cell, cellHeight, Rgb.Black);
            }
        }

        return image;
    }

    /// <summary>The caption lines: the family, then the count or why it is partial.</summary>
    public static string[] Caption(NeuronExpressivitySpec spec, ParameterOrderResult result)
    {
        var weights = spec.Weights.IsRange ? $"W IN [{spec.Weights.Min},{spec.Weights.Max}]" : "W IN {" + string.Join(",", Enumerable.Range(0, (int)spec.Weights.Count).Select(i => spec.Weights.ValueAt(i))) + "}";
        var threshold = spec.Threshold.Kind switch
        {
            ThresholdRule.Mode.Any => "ANY T",
            ThresholdRule.Mode.Value => $"T={spec.Threshold.Low}",
            _ => $"T IN [{spec.Threshold.Low},{spec.Threshold.High}]",
        };
        var inputs = spec.Inputs == InputEncoding.Binary ? "X IN {0,1}" : "X IN {-1,1}";
        var count = result.Stop switch
        {
            ParameterOrderStop.Complete => $"{result.Tables.Count} FUNCTIONS (ALL), {result.WeightVectors} WEIGHT VECTORS",
            ParameterOrderStop.Truncated => $"FIRST {result.Tables.Count} FUNCTIONS ONLY (MORE EXIST), {result.WeightVectors} WEIGHT VECTORS WALKED",
            _ => $"{result.Tables.Count} FUNCTIONS IN THE FIRST {result.WeightVectors} WEIGHT VECTORS (WALK STOPPED)",
        };
        return [$"N={spec.N}  {inputs}  {weights}  {threshold}", count, "ROWS: X=0..0 AT TOP; COLUMNS: PARAMETER ORDER; BLACK: F(X)=1"];
    }
}
