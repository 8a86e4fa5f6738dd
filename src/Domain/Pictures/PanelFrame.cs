namespace Expressivity.Domain.Pictures;

/// <summary>A square panel showing the box [min, max]² at (X, Y): x1 grows rightwards, x2 upwards.</summary>
internal sealed record PanelFrame(int X, int Y, int Side, double Min, double Max)
{
    /// <summary>Frame, ticks with labels on both axes, and the axis names x1 and x2.</summary>
    public void DrawAxes(RasterImage image)
    {
        image.StrokeRect(X - 1, Y - 1, Side + 2, Side + 2, Rgb.Black);
        foreach (var t in NiceTicks.For(Min, Max).Where(t => t >= Min && t <= Max))
        {
            var offset = (int)Math.Round((t - Min) / (Max - Min) * (Side - 1));
            var label = NiceTicks.Label(t);
            image.FillRect(X + offset, Y + Side + 1, 1, 4, Rgb.Black);
            BitmapFont.DrawText(image, X + offset - (BitmapFont.MeasureWidth(label) / 2), Y + Side + 7, label, Rgb.Black);
            image.FillRect(X - 5, Y + Side - 1 - offset, 4, 1, Rgb.Black);
            BitmapFont.DrawText(image, X - 7 - BitmapFont.MeasureWidth(label), Y + Side - 1 - offset - 3, label, Rgb.Black);
        }

        BitmapFont.DrawText(image, X + Side - 12, Y + Side + 17, "X1", Rgb.Black);
        // Rotated, left of the tick labels (at most "-1000" wide), so it never overlaps them.
        BitmapFont.DrawTextUp(image, X - 46, Y + (Side / 2) + 5, "X2", Rgb.Black);
    }
}
