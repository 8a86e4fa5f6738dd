namespace Expressivity.Plots;

/// <summary>The file formats a figure is written in, chosen by the output file's extension.</summary>
public enum FigureFormat
{
    /// <summary>Portable Network Graphics, a raster image.</summary>
    Png,

    /// <summary>Scalable Vector Graphics; text stays text.</summary>
    Svg,
}

/// <summary>Chooses the format from a path.</summary>
public static class FigureFormats
{
    /// <summary>.png or .svg (any case); anything else throws <see cref="ArgumentException"/> naming --out.</summary>
    public static FigureFormat FromPath(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".png" => FigureFormat.Png,
        ".svg" => FigureFormat.Svg,
        var other => throw new ArgumentException($"--out must end in .png or .svg, got '{(other.Length == 0 ? path : other)}'"),
    };
}
