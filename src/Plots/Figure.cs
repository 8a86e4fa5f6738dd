using ScottPlot;
using SkiaSharp;

namespace Expressivity.Plots;

/// <summary>
/// A drawn figure: one or more ScottPlot plots laid out in a row, with a size in pixels, that can be
/// encoded as PNG or SVG. Panels share the height and split the width equally unless widths are given.
/// </summary>
public sealed class Figure
{
    private readonly IReadOnlyList<(Plot Plot, int Width)> _panels;

    /// <summary>A figure of panels side by side, each with its own width.</summary>
    public Figure(IReadOnlyList<(Plot Plot, int Width)> panels, int height, string note)
    {
        if (panels.Count == 0) throw new ArgumentException("a figure needs a panel");
        _panels = panels;
        Height = height;
        Note = note;
    }

    /// <summary>A one-panel figure.</summary>
    public Figure(Plot plot, int width, int height, string note)
        : this([(plot, width)], height, note)
    {
    }

    /// <summary>Total width in pixels.</summary>
    public int Width => _panels.Sum(p => p.Width);

    /// <summary>Height in pixels.</summary>
    public int Height { get; }

    /// <summary>One line saying what is drawn (printed by the command).</summary>
    public string Note { get; }

    /// <summary>The plots, left to right.</summary>
    public IEnumerable<Plot> Plots => _panels.Select(p => p.Plot);

    /// <summary>Encodes the figure.</summary>
    public byte[] Encode(FigureFormat format)
    {
        PlotFonts.Ensure();
        using var stream = new MemoryStream();
        if (format == FigureFormat.Svg)
        {
            // Skia's SVG canvas keeps text as <text> elements; the stream is complete once the canvas is disposed.
            using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, Width, Height), stream)) Draw(canvas);
        }
        else
        {
            using var surface = SKSurface.Create(new SKImageInfo(Width, Height)) ?? throw new InvalidOperationException($"cannot allocate a {Width}x{Height} surface");
            Draw(surface.Canvas);
            using var image = surface.Snapshot();
            using var data = image.Encode(SKEncodedImageFormat.Png, 100);
            data.SaveTo(stream);
        }

        return stream.ToArray();
    }

    /// <summary>Writes the figure in the format named by the path's extension.</summary>
    public void Save(string path) => File.WriteAllBytes(path, Encode(FigureFormats.FromPath(path)));

    private void Draw(SKCanvas canvas)
    {
        using (var white = new SKPaint { Color = SKColors.White, Style = SKPaintStyle.Fill }) canvas.DrawRect(0, 0, Width, Height, white);
        var left = 0;
        foreach (var (plot, width) in _panels)
        {
            // A plot clears its canvas before drawing: the clip keeps it to its own panel.
            canvas.Save();
            canvas.Translate(left, 0);
            canvas.ClipRect(new SKRect(0, 0, width, Height));
            plot.Render(canvas, new PixelRect(0, width, Height, 0));
            canvas.Restore();
            left += width;
        }
    }
}
