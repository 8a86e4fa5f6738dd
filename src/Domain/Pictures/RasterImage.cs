namespace Expressivity.Domain.Pictures;

/// <summary>
/// A width × height RGB raster, row 0 at the top, initially white. Drawing outside the image is
/// clipped (drawings are built from geometry that may overhang); reading outside throws.
/// </summary>
public sealed class RasterImage
{
    /// <summary>Largest width or height accepted (keeps width·height·3 far inside an int).</summary>
    public const int MaxSide = 16384;

    private readonly Rgb[] _pixels;

    /// <summary>A white image; throws <see cref="ArgumentOutOfRangeException"/> unless 1 ≤ width, height ≤ <see cref="MaxSide"/>.</summary>
    public RasterImage(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, MaxSide);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(height, MaxSide);
        Width = width;
        Height = height;
        _pixels = new Rgb[width * height];
        Array.Fill(_pixels, Rgb.White);
    }

    /// <summary>Width in pixels.</summary>
    public int Width { get; }

    /// <summary>Height in pixels.</summary>
    public int Height { get; }

    /// <summary>The pixel at column <paramref name="x"/>, row <paramref name="y"/>; throws outside the image.</summary>
    public Rgb this[int x, int y]
    {
        get => Contains(x, y) ? _pixels[(y * Width) + x] : throw new ArgumentOutOfRangeException(nameof(x), $"({x}, {y}) is outside {Width}×{Height}");
        set
        {
            if (!Contains(x, y)) throw new ArgumentOutOfRangeException(nameof(x), $"({x}, {y}) is outside {Width}×{Height}");
            _pixels[(y * Width) + x] = value;
        }
    }

    /// <summary>True when (x, y) is a pixel of the image.</summary>
    public bool Contains(int x, int y) => x >= 0 && y >= 0 && x < Width && y < Height;

    /// <summary>Sets one pixel when it lies inside the image (clipping).</summary>
    public void Plot(int x, int y, Rgb colour)
    {
        if (Contains(x, y)) _pixels[(y * Width) + x] = colour;
    }

    /// <summary>Fills the rectangle with top-left (x, y) and the given size, clipped; a non-positive size draws nothing.</summary>
    public void FillRect(int x, int y, int width, int height, Rgb colour)
    {
        var x0 = Math.Max(x, 0);
        var y0 = Math.Max(y, 0);
        var x1 = (int)Math.Min((long)x + width, Width);
        var y1 = (int)Math.Min((long)y + height, Height);
        for (var row = y0; row < y1; row++)
        {
            _pixels.AsSpan((row * Width) + x0, Math.Max(0, x1 - x0)).Fill(colour);
        }
    }

    /// <summary>A one-pixel rectangle outline (clipped).</summary>
    public void StrokeRect(int x, int y, int width, int height, Rgb colour)
    {
        if (width <= 0 || height <= 0) return;
        FillRect(x, y, width, 1, colour);
        FillRect(x, y + height - 1, width, 1, colour);
        FillRect(x, y, 1, height, colour);
        FillRect(x + width - 1, y, 1, height, colour);
    }

    /// <summary>A one-pixel line from (x0, y0) to (x1, y1), both ends included (Bresenham, clipped per pixel).</summary>
    public void DrawLine(int x0, int y0, int x1, int y1, Rgb colour)
    {
        var dx = Math.Abs(x1 - x0);
        var dy = -Math.Abs(y1 - y0);
        var sx = x0 < x1 ? 1 : -1;
        var sy = y0 < y1 ? 1 : -1;
        var error = dx + dy;
        while (true)
        {
            Plot(x0, y0, colour);
            if (x0 == x1 && y0 == y1) return;
            var e2 = 2 * error;
            if (e2 >= dy)
            {
                error += dy;
                x0 += sx;
            }

            if (e2 <= dx)
            {
                error += dx;
                y0 += sy;
            }
        }
    }

    /// <summary>Copies <paramref name="source"/> with its top-left corner at (x, y), clipped.</summary>
    public void Draw(RasterImage source, int x, int y)
    {
        for (var row = 0; row < source.Height; row++)
        {
            for (var col = 0; col < source.Width; col++) Plot(x + col, y + row, source._pixels[(row * source.Width) + col]);
        }
    }

    /// <summary>One row of pixels (for encoders).</summary>
    public ReadOnlySpan<Rgb> Row(int y) =>
        y >= 0 && y < Height ? _pixels.AsSpan(y * Width, Width) : throw new ArgumentOutOfRangeException(nameof(y));
}
