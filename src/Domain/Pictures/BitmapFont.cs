using System.Globalization;

namespace Expressivity.Domain.Pictures;

/// <summary>
/// A built-in 5×7 bitmap font for axis labels and titles: digits, upper-case letters (lower case is
/// drawn as upper case), and a few symbols. Each glyph cell is 6×8 pixels at scale 1 (one column and
/// one row of spacing). Characters without a glyph draw as a hollow box, so a missing glyph is visible.
/// </summary>
public static class BitmapFont
{
    /// <summary>Glyph width in pixels at scale 1 (without spacing).</summary>
    public const int GlyphWidth = 5;

    /// <summary>Glyph height in pixels at scale 1.</summary>
    public const int GlyphHeight = 7;

    /// <summary>Horizontal advance per character at scale 1.</summary>
    public const int Advance = GlyphWidth + 1;

    /// <summary>Line height at scale 1.</summary>
    public const int LineHeight = GlyphHeight + 1;

    // Seven rows per glyph, one hex byte per row, bit 4 = leftmost column.
    private static readonly Dictionary<char, string> Glyphs = new()
    {
        ['0'] = "0E11131519110E",
        ['1'] = "040C040404040E",
        ['2'] = "0E11010204081F",
        ['3'] = "1F02040201110E",
        ['4'] = "02060A121F0202",
        ['5'] = "1F101E0101110E",
        ['6'] = "0608101E11110E",
        ['7'] = "1F010204080808",
        ['8'] = "0E11110E11110E",
        ['9'] = "0E11110F01020C",
        ['A'] = "0E11111F111111",
        ['B'] = "1E11111E11111E",
        ['C'] = "0E11101010110E",
        ['D'] = "1C12111111121C",
        ['E'] = "1F10101E10101F",
        ['F'] = "1F10101E101010",
        ['G'] = "0E11101711110F",
        ['H'] = "1111111F111111",
        ['I'] = "0E04040404040E",
        ['J'] = "0702020202120C",
        ['K'] = "11121418141211",
        ['L'] = "1010101010101F",
        ['M'] = "111B1515111111",
        ['N'] = "11111915131111",
        ['O'] = "0E11111111110E",
        ['P'] = "1E11111E101010",
        ['Q'] = "0E11111115120D",
        ['R'] = "1E11111E141211",
        ['S'] = "0F10100E01011E",
        ['T'] = "1F040404040404",
        ['U'] = "1111111111110E",
        ['V'] = "11111111110A04",
        ['W'] = "1111111515150A",
        ['X'] = "11110A040A1111",
        ['Y'] = "11110A04040404",
        ['Z'] = "1F01020408101F",
        [' '] = "00000000000000",
        ['.'] = "00000000000C0C",
        [';'] = "000C0C000C0408",
        [','] = "000000000C0408",
        [':'] = "000C0C000C0C00",
        ['-'] = "0000001F000000",
        ['+'] = "0004041F040400",
        ['='] = "00001F001F0000",
        ['('] = "02040808080402",
        [')'] = "08040202020408",
        ['['] = "0E08080808080E",
        [']'] = "0E02020202020E",
        ['{'] = "02040408040402",
        ['}'] = "08040402040408",
        ['/'] = "00010204081000",
        ['_'] = "0000000000001F",
        ['^'] = "040A1100000000",
        ['<'] = "02040810080402",
        ['>'] = "08040201020408",
        ['*'] = "0004150E150400",
        ['%'] = "18190204081303",
        ['#'] = "0A0A1F0A1F0A0A",
        ['\''] = "04040800000000",
        ['|'] = "04040404040404",
        ['!'] = "04040404040004",
        ['?'] = "0E110102040004",
        ['~'] = "00000815020000",
        ['≤'] = "0204080402001F",
        ['−'] = "0000001F000000",
        ['×'] = "00110A040A1100",
        ['…'] = "00000000000015",
    };

    private const string Missing = "1F111111111F1F";

    /// <summary>True when <paramref name="c"/> (or its upper case) has a glyph.</summary>
    public static bool HasGlyph(char c) => Glyphs.ContainsKey(char.ToUpperInvariant(c));

    /// <summary>Width in pixels of <paramref name="text"/> (one line) at <paramref name="scale"/>, without trailing spacing.</summary>
    public static int MeasureWidth(string text, int scale = 1) =>
        text.Length == 0 ? 0 : ((text.Length * Advance) - 1) * CheckScale(scale);

    /// <summary>Draws one line of text with its top-left corner at (x, y), clipped to the image.</summary>
    public static void DrawText(RasterImage image, int x, int y, string text, Rgb colour, int scale = 1)
    {
        CheckScale(scale);
        foreach (var c in text)
        {
            var rows = Glyphs.GetValueOrDefault(char.ToUpperInvariant(c), Missing);
            for (var row = 0; row < GlyphHeight; row++)
            {
                var bits = int.Parse(rows.AsSpan(row * 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                for (var col = 0; col < GlyphWidth; col++)
                {
                    if ((bits >> (GlyphWidth - 1 - col) & 1) != 0) image.FillRect(x + (col * scale), y + (row * scale), scale, scale, colour);
                }
            }

            x += Advance * scale;
        }
    }

    /// <summary>Draws text rotated a quarter turn anticlockwise (reading upwards), e.g. a y-axis label; (x, y) is its bottom-left corner.</summary>
    public static void DrawTextUp(RasterImage image, int x, int y, string text, Rgb colour, int scale = 1)
    {
        var flat = new RasterImage(Math.Max(1, MeasureWidth(text, scale)), GlyphHeight * CheckScale(scale));
        DrawText(flat, 0, 0, text, Rgb.Black, scale);
        for (var fy = 0; fy < flat.Height; fy++)
        {
            for (var fx = 0; fx < flat.Width; fx++)
            {
                if (flat[fx, fy] == Rgb.Black) image.Plot(x + fy, y - fx, colour);
            }
        }
    }

    private static int CheckScale(int scale)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(scale, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(scale, 16);
        return scale;
    }
}
