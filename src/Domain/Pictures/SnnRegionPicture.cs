using Expressivity.Domain.Numerics;
using Expressivity.Domain.SnnRegions;

namespace Expressivity.Domain.Pictures;

/// <summary>
/// Two panels for a network with d = 2 inputs on the box [min, max]²: the box coloured by the tuple of
/// causal patterns of all neurons at each pixel centre (computed exactly with <see cref="NetworkEvaluator"/>),
/// with pixels whose right or lower neighbour has another tuple drawn black; and a heat map of the first
/// output neuron's firing time with a colour bar (grey where it never fires). A rendering, not a count:
/// a region thinner than a pixel may not show.
/// </summary>
public static class SnnRegionPicture
{
    /// <summary>Draws both panels, each <paramref name="side"/> pixels square (16..1024).</summary>
    public static RasterImage Render(SpikingNetwork network, BigRational min, BigRational max, int side = 256)
    {
        if (network.Inputs != 2) throw new ArgumentException($"pictures need d = 2 inputs, got {network.Inputs}");
        if (min >= max) throw new ArgumentException("empty box");
        ArgumentOutOfRangeException.ThrowIfLessThan(side, 16);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(side, 1024);
        var field = SnnPixelField.Compute(network, min, max, side);
        var legendRows = Math.Min(field.Tuples.Count, 12) + (field.Tuples.Count > 12 ? 1 : 0);
        const int margin = 48;
        var width = margin + side + margin + side + 90;
        var height = 36 + side + 40 + (legendRows * 12) + 8;
        var image = new RasterImage(width, height);
        var left = new PanelFrame(margin, 36, side, min.ToDouble(), max.ToDouble());
        var right = left with { X = margin + side + margin };

        for (var r = 0; r < side; r++)
        {
            for (var c = 0; c < side; c++)
            {
                var id = field.Region[r, c];
                var edge = (c + 1 < side && field.Region[r, c + 1] != id) || (r + 1 < side && field.Region[r + 1, c] != id);
                image[left.X + c, left.Y + r] = edge ? Rgb.Black : Palette.Categorical(id);
                image[right.X + c, right.Y + r] = field.Time[r, c] is { } t ? Palette.Heat(field.Scale(t)) : Rgb.Grey;
            }
        }

        left.DrawAxes(image);
        right.DrawAxes(image);
        BitmapFont.DrawText(image, left.X, 8, "REGIONS (CAUSAL-SET TUPLES)", Rgb.Black);
        BitmapFont.DrawText(image, left.X, 20, $"BOX [{NiceTicks.Label(min.ToDouble())},{NiceTicks.Label(max.ToDouble())}]^2, {network.NeuronCount} NEURON{(network.NeuronCount == 1 ? "" : "S")}", Rgb.Black);
        BitmapFont.DrawText(image, right.X, 8, "OUTPUT FIRING TIME T(X)", Rgb.Black);
        BitmapFont.DrawText(image, right.X, 20, network.Layers[^1].Count > 1 ? "FIRST OUTPUT NEURON; GREY: NEVER" : "GREY: NEVER FIRES", Rgb.Black);
        DrawColourBar(image, right.X + side + 12, right.Y, side, field);
        var legendY = left.Y + side + 30;
        BitmapFont.DrawText(image, left.X + 150, legendY, "CAUSAL SET PER NEURON", Rgb.Black);
        BitmapFont.DrawText(image, left.X + 150, legendY + 12, "(INPUT 0 = X1, 1 = X2)", Rgb.Black);
        for (var i = 0; i < Math.Min(field.Tuples.Count, 12); i++)
        {
            image.FillRect(left.X, legendY + (i * 12), 8, 8, Palette.Categorical(i));
            BitmapFont.DrawText(image, left.X + 12, legendY + (i * 12), field.Tuples[i], Rgb.Black);
        }

        if (field.Tuples.Count > 12) BitmapFont.DrawText(image, left.X, legendY + (12 * 12), $"... {field.Tuples.Count - 12} MORE", Rgb.Black);
        return image;
    }

    private static void DrawColourBar(RasterImage image, int x, int y, int side, SnnPixelField field)
    {
        for (var r = 0; r < side; r++) image.FillRect(x, y + r, 14, 1, Palette.Heat(1 - (r / (double)(side - 1))));
        image.StrokeRect(x - 1, y - 1, 16, side + 2, Rgb.Black);
        if (field.TimeMin is not { } lo || field.TimeMax is not { } hi) return;
        BitmapFont.DrawText(image, x + 18, y, NiceTicks.Label(Math.Round(hi, 3)), Rgb.Black);
        BitmapFont.DrawText(image, x + 18, y + side - 7, NiceTicks.Label(Math.Round(lo, 3)), Rgb.Black);
    }
}
