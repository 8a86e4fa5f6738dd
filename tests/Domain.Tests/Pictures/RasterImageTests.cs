using Expressivity.Domain.Pictures;
using Xunit;

namespace Expressivity.Domain.Tests.Pictures;

public class RasterImageTests
{
    private static readonly Rgb Red = new(255, 0, 0);

    private static string Mask(RasterImage image, Rgb ink) =>
        string.Join("/", Enumerable.Range(0, image.Height).Select(y =>
            new string(Enumerable.Range(0, image.Width).Select(x => image[x, y] == ink ? '#' : '.').ToArray())));

    [Fact]
    public void StartsWhiteAndFillRectClips()
    {
        var image = new RasterImage(4, 3);
        Assert.Equal(Rgb.White, image[3, 2]);
        image.FillRect(2, -1, 5, 3, Red);
        Assert.Equal("..##/..##/....", Mask(image, Red));
        image.FillRect(0, 0, 0, 3, Rgb.Black);
        image.FillRect(0, 0, -2, 3, Rgb.Black);
        Assert.Equal("..../..../....", Mask(image, Rgb.Black));
    }

    [Fact]
    public void LinesIncludeBothEnds()
    {
        var image = new RasterImage(5, 3);
        image.DrawLine(0, 0, 4, 2, Red);
        Assert.Equal("#..../.##../...##", Mask(image, Red)); // x = 1 is a tie (y = 0.5); the error term rounds it up
        var shallow = new RasterImage(7, 3);
        shallow.DrawLine(0, 0, 6, 2, Red);
        Assert.Equal("##...../..###../.....##", Mask(shallow, Red));
        var steep = new RasterImage(2, 4);
        steep.DrawLine(1, 3, 0, 0, Red); // reversed direction
        Assert.Equal("#./#./.#/.#", Mask(steep, Red));
        var dot = new RasterImage(2, 2);
        dot.DrawLine(1, 1, 1, 1, Red);
        Assert.Equal("../.#", Mask(dot, Red));
    }

    [Fact]
    public void StrokeRectAndDrawCopy()
    {
        var image = new RasterImage(4, 4);
        image.StrokeRect(0, 0, 4, 3, Red);
        Assert.Equal("####/#..#/####/....", Mask(image, Red));
        var target = new RasterImage(3, 3);
        target.Draw(image, 1, 1);
        Assert.Equal(".../.##/.#.", Mask(target, Red));
    }

    [Fact]
    public void MisuseThrows()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RasterImage(0, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RasterImage(5, RasterImage.MaxSide + 1));
        var image = new RasterImage(2, 2);
        Assert.Throws<ArgumentOutOfRangeException>(() => image[2, 0]);
        Assert.Throws<ArgumentOutOfRangeException>(() => image[0, -1] = Red);
        Assert.Throws<ArgumentOutOfRangeException>(() => BitmapFont.DrawText(image, 0, 0, "A", Red, scale: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Palette.Categorical(-1));
    }

    [Fact]
    public void FontDrawsExactGlyphs()
    {
        var image = new RasterImage(11, 7);
        BitmapFont.DrawText(image, 0, 0, "1-", Rgb.Black);
        Assert.Equal("..#......../.##......../..#......../..#...#####/..#......../..#......../.###.......", Mask(image, Rgb.Black));
        Assert.Equal(11, BitmapFont.MeasureWidth("1-"));
        Assert.Equal(22, BitmapFont.MeasureWidth("1-", 2));
        Assert.True(BitmapFont.HasGlyph('x'));
        Assert.False(BitmapFont.HasGlyph('@'));
    }

    [Fact]
    public void MissingGlyphDrawsAHollowBoxAndScaleDoublesPixels()
    {
        var image = new RasterImage(5, 7);
        BitmapFont.DrawText(image, 0, 0, "@", Rgb.Black);
        Assert.Equal("#####/#...#/#...#/#...#/#...#/#####/#####", Mask(image, Rgb.Black));
        var big = new RasterImage(10, 14);
        BitmapFont.DrawText(big, 0, 0, ".", Rgb.Black, scale: 2);
        Assert.Equal(16, Enumerable.Range(0, 10).Sum(x => Enumerable.Range(0, 14).Count(y => big[x, y] == Rgb.Black)));
        Assert.Equal(Rgb.Black, big[2, 10]);
        Assert.Equal(Rgb.Black, big[5, 13]);
    }

    [Fact]
    public void PaletteColoursAreDistinctAndHeatIsMonotoneInEnds()
    {
        var colours = Enumerable.Range(0, 64).Select(Palette.Categorical).ToList();
        Assert.Equal(64, colours.Distinct().Count());
        Assert.Equal(new Rgb(40, 30, 100), Palette.Heat(0));
        Assert.Equal(new Rgb(250, 230, 60), Palette.Heat(1));
        Assert.Equal(Palette.Heat(1), Palette.Heat(7));
        Assert.Equal(new Rgb(30, 150, 150), Palette.Heat(0.5));
    }
}
