namespace Expressivity.Domain.Pictures;

/// <summary>
/// Colours for pictures: <see cref="Categorical"/> for region labels (well separated, light enough that
/// black boundaries and text stay visible) and <see cref="Heat"/>, a sequential map for a scalar field.
/// </summary>
public static class Palette
{
    private static readonly Rgb[] Fixed =
    [
        new(141, 182, 226), new(246, 178, 107), new(147, 208, 140), new(236, 132, 134),
        new(191, 164, 222), new(196, 156, 128), new(240, 170, 210), new(190, 190, 190),
        new(214, 214, 110), new(122, 212, 214), new(90, 140, 200), new(230, 120, 40),
        new(70, 170, 80), new(200, 70, 80), new(140, 110, 190), new(250, 220, 120),
    ];

    // Dark blue → teal → green → yellow: monotone in lightness, so order reads without a legend.
    private static readonly Rgb[] HeatStops =
    [
        new(40, 30, 100), new(40, 90, 160), new(30, 150, 150), new(90, 200, 100), new(250, 230, 60),
    ];

    /// <summary>Number of hand-picked categorical colours before generated ones start.</summary>
    public static int FixedCount => Fixed.Length;

    /// <summary>
    /// The colour of category <paramref name="index"/> (≥ 0): the fixed list first, then hues spaced by
    /// the golden angle, so any number of categories gets colours and neighbours in index order differ.
    /// </summary>
    public static Rgb Categorical(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        if (index < Fixed.Length) return Fixed[index];
        var hue = (index - Fixed.Length) * 137.508 % 360.0;
        var lightness = (index & 1) == 0 ? 0.72 : 0.58;
        return FromHsl(hue, 0.55, lightness);
    }

    /// <summary>The heat-map colour of <paramref name="t"/> in [0, 1] (clamped; NaN maps to 0).</summary>
    public static Rgb Heat(double t)
    {
        t = double.IsNaN(t) ? 0 : Math.Clamp(t, 0, 1);
        var position = t * (HeatStops.Length - 1);
        var i = Math.Min((int)position, HeatStops.Length - 2);
        return Rgb.Mix(HeatStops[i], HeatStops[i + 1], position - i);
    }

    private static Rgb FromHsl(double hue, double saturation, double lightness)
    {
        var chroma = (1 - Math.Abs((2 * lightness) - 1)) * saturation;
        var h = hue / 60.0;
        var x = chroma * (1 - Math.Abs((h % 2) - 1));
        var (r, g, b) = (int)h switch
        {
            0 => (chroma, x, 0.0),
            1 => (x, chroma, 0.0),
            2 => (0.0, chroma, x),
            3 => (0.0, x, chroma),
            4 => (x, 0.0, chroma),
            _ => (chroma, 0.0, x),
        };
        var m = lightness - (chroma / 2);
        static byte Channel(double v) => (byte)Math.Round(Math.Clamp(v, 0, 1) * 255);
        return new Rgb(Channel(r + m), Channel(g + m), Channel(b + m));
    }
}
