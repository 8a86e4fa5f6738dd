namespace Expressivity.Domain.Pictures;

/// <summary>One 8-bit-per-channel sRGB colour.</summary>
public readonly record struct Rgb(byte R, byte G, byte B)
{
    /// <summary>Black.</summary>
    public static Rgb Black => new(0, 0, 0);

    /// <summary>White.</summary>
    public static Rgb White => new(255, 255, 255);

    /// <summary>Mid grey (used for "never fires" and neutral marks).</summary>
    public static Rgb Grey => new(128, 128, 128);

    /// <summary>Linear mix: <paramref name="t"/> = 0 gives <paramref name="a"/>, 1 gives <paramref name="b"/> (t is clamped).</summary>
    public static Rgb Mix(Rgb a, Rgb b, double t)
    {
        t = double.IsNaN(t) ? 0 : Math.Clamp(t, 0, 1);
        static byte Lerp(byte x, byte y, double t) => (byte)Math.Round(x + ((y - x) * t));
        return new Rgb(Lerp(a.R, b.R, t), Lerp(a.G, b.G, t), Lerp(a.B, b.B, t));
    }

    /// <summary>"#rrggbb".</summary>
    public override string ToString() => $"#{R:x2}{G:x2}{B:x2}";
}
