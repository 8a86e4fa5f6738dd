using System.Text;
using Expressivity.Domain.Pictures;
using Xunit;

namespace Expressivity.Domain.Tests.Pictures;

public class PngEncoderTests
{
    [Fact]
    public void Crc32MatchesTheStandardCheckValue() =>
        Assert.Equal(0xCBF43926u, Crc32.Compute(Encoding.ASCII.GetBytes("123456789")));

    [Fact]
    public void FileHasSignatureChunksInOrderAndValidCrcs()
    {
        var image = new RasterImage(3, 2);
        var bytes = PngEncoder.Encode(image);
        Assert.Equal(new byte[] { 137, 80, 78, 71, 13, 10, 26, 10 }, bytes[..8]);
        var (chunks, _) = PngReader.Decode(bytes);
        Assert.Equal(["IHDR", "IDAT", "IEND"], chunks);
        // IHDR: length 13, then width 3 and height 2 big-endian.
        Assert.Equal(new byte[] { 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 0, 3, 0, 0, 0, 2, 8, 2, 0, 0, 0 }, bytes[8..29]);
        // IEND is always the same 12 bytes.
        Assert.Equal(new byte[] { 0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82 }, bytes[^12..]);
    }

    [Fact]
    public void CorruptedByteFailsTheCrcCheck()
    {
        var bytes = PngEncoder.Encode(new RasterImage(2, 2));
        bytes[20] ^= 1; // inside IHDR's data
        Assert.Throws<InvalidDataException>(() => PngReader.Decode(bytes));
    }

    [Fact]
    public void PixelsRoundTripThroughDecoder()
    {
        var image = new RasterImage(7, 5);
        for (var y = 0; y < 5; y++)
        {
            for (var x = 0; x < 7; x++) image[x, y] = new Rgb((byte)(x * 36), (byte)(y * 60), (byte)((x * 7) + y));
        }

        var (_, decoded) = PngReader.Decode(PngEncoder.Encode(image));
        Assert.Equal(7, decoded.Width);
        Assert.Equal(5, decoded.Height);
        for (var y = 0; y < 5; y++)
        {
            for (var x = 0; x < 7; x++) Assert.Equal(image[x, y], decoded[x, y]);
        }
    }

    [Fact]
    public void EncodingIsDeterministic() =>
        Assert.Equal(PngEncoder.Encode(new LinePlot().Render([new PlotSeries("A", [(0, 1), (1, 2)], Rgb.Black)])),
            PngEncoder.Encode(new LinePlot().Render([new PlotSeries("A", [(0, 1), (1, 2)], Rgb.Black)])));
}
