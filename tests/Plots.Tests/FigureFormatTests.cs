using Xunit;

namespace Expressivity.Plots.Tests;

public class FigureFormatTests
{
    [Theory]
    [InlineData("a.png", FigureFormat.Png)]
    [InlineData("dir/b.SVG", FigureFormat.Svg)]
    public void ExtensionChoosesTheFormat(string path, FigureFormat expected) => Assert.Equal(expected, FigureFormats.FromPath(path));

    [Theory]
    [InlineData("a.jpg")]
    [InlineData("plain")]
    [InlineData("x.svg.gz")]
    public void OtherExtensionsAreRefusedNamingOut(string path) =>
        Assert.Contains("--out", Assert.Throws<ArgumentException>(() => FigureFormats.FromPath(path)).Message);

    [Fact]
    public void PngAndSvgHaveTheirSignaturesAndSize()
    {
        var figure = new LineFigure("t", "x", "y").Draw([new FigureSeries("s", [(0, 1), (1, 2)])], 320, 240);
        var png = figure.Encode(FigureFormat.Png);
        Assert.Equal(new byte[] { 137, 80, 78, 71, 13, 10, 26, 10 }, png[..8]);
        // IHDR width and height, big-endian, at bytes 16..23.
        Assert.Equal(320, (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19]);
        Assert.Equal(240, (png[20] << 24) | (png[21] << 16) | (png[22] << 8) | png[23]);
        var svg = System.Xml.Linq.XDocument.Parse(System.Text.Encoding.UTF8.GetString(figure.Encode(FigureFormat.Svg)));
        Assert.Equal("svg", svg.Root!.Name.LocalName);
        Assert.Equal("320", svg.Root.Attribute("width")!.Value);
    }
}
