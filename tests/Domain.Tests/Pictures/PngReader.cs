using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Expressivity.Domain.Pictures;

namespace Expressivity.Domain.Tests.Pictures;

/// <summary>
/// A minimal PNG decoder for the tests, written from the format (not sharing the encoder's code paths):
/// checks the signature and every chunk's CRC, accepts only 8-bit RGB without interlace and filter 0,
/// and inflates the concatenated IDAT data with <see cref="ZLibStream"/>.
/// </summary>
internal static class PngReader
{
    public static (List<string> Chunks, RasterImage Image) Decode(byte[] file)
    {
        byte[] signature = [137, 80, 78, 71, 13, 10, 26, 10];
        if (!file.AsSpan(0, 8).SequenceEqual(signature)) throw new InvalidDataException("bad signature");
        var chunks = new List<string>();
        var idat = new MemoryStream();
        int width = 0, height = 0;
        var position = 8;
        while (position < file.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(position));
            var type = Encoding.ASCII.GetString(file, position + 4, 4);
            var data = file.AsSpan(position + 8, length);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(position + 8 + length));
            if (crc != ReferenceCrc(file.AsSpan(position + 4, length + 4))) throw new InvalidDataException($"bad CRC in {type}");
            chunks.Add(type);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                if (data[8] != 8 || data[9] != 2 || data[10] != 0 || data[11] != 0 || data[12] != 0) throw new InvalidDataException("unsupported IHDR");
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }

            position += 12 + length;
        }

        idat.Position = 0;
        using var inflate = new ZLibStream(idat, CompressionMode.Decompress);
        var raw = new MemoryStream();
        inflate.CopyTo(raw);
        var bytes = raw.ToArray();
        if (bytes.Length != height * (1 + (3 * width))) throw new InvalidDataException("wrong scanline data length");
        var image = new RasterImage(width, height);
        for (var y = 0; y < height; y++)
        {
            var line = y * (1 + (3 * width));
            if (bytes[line] != 0) throw new InvalidDataException("unexpected filter");
            for (var x = 0; x < width; x++) image[x, y] = new Rgb(bytes[line + 1 + (3 * x)], bytes[line + 2 + (3 * x)], bytes[line + 3 + (3 * x)]);
        }

        return (chunks, image);
    }

    // Bitwise CRC-32, independent of the encoder's table version.
    private static uint ReferenceCrc(ReadOnlySpan<byte> data)
    {
        var c = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            c ^= b;
            for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? (c >> 1) ^ 0xEDB88320u : c >> 1;
        }

        return ~c;
    }
}
