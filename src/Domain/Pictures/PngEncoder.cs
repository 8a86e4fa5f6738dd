using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Expressivity.Domain.Pictures;

/// <summary>
/// Writes a <see cref="RasterImage"/> as a PNG: signature, IHDR (8-bit truecolour, no interlace),
/// one IDAT holding the zlib stream of the scanlines (filter byte 0 each), IEND. Every chunk carries
/// its CRC-32 over type and data. Deterministic: the same image always gives the same bytes.
/// </summary>
public static class PngEncoder
{
    /// <summary>The eight bytes every PNG starts with.</summary>
    public static ReadOnlySpan<byte> Signature => [137, 80, 78, 71, 13, 10, 26, 10];

    /// <summary>The PNG file as bytes.</summary>
    public static byte[] Encode(RasterImage image)
    {
        using var file = new MemoryStream();
        file.Write(Signature);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, image.Width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), image.Height);
        header[8] = 8; // bit depth
        header[9] = 2; // colour type: truecolour RGB
        // bytes 10..12: compression 0 (deflate), filter method 0, interlace 0
        WriteChunk(file, "IHDR", header);
        WriteChunk(file, "IDAT", Compress(image));
        WriteChunk(file, "IEND", []);
        return file.ToArray();
    }

    /// <summary>Writes the PNG to <paramref name="path"/> (creating its directory).</summary>
    public static void Save(RasterImage image, string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        File.WriteAllBytes(path, Encode(image));
    }

    private static byte[] Compress(RasterImage image)
    {
        using var buffer = new MemoryStream();
        using (var zlib = new ZLibStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var line = new byte[1 + (3 * image.Width)];
            for (var y = 0; y < image.Height; y++)
            {
                var row = image.Row(y);
                for (var x = 0; x < row.Length; x++)
                {
                    line[1 + (3 * x)] = row[x].R;
                    line[2 + (3 * x)] = row[x].G;
                    line[3 + (3 * x)] = row[x].B;
                }

                zlib.Write(line);
            }
        }

        return buffer.ToArray();
    }

    private static void WriteChunk(Stream file, string type, ReadOnlySpan<byte> data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        file.Write(word);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        file.Write(typeBytes);
        file.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(word, Crc32.Append(Crc32.Compute(typeBytes), data));
        file.Write(word);
    }
}
