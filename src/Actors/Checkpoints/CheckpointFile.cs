using System.Buffers.Binary;
using System.IO.Compression;
using System.Security.Cryptography;

namespace Expressivity.Actors.Checkpoints;

/// <summary>
/// The checkpoint file: a fixed header — magic <c>"XPCKPT\r\n"</c>, format version (u16), body length
/// (u64), SHA-256 of the body — then the body, a Brotli-compressed <see cref="CheckpointCodec"/>
/// encoding. The checksum catches corruption and edits before anything is decoded; decoding then
/// checks the content against itself (spec id, completed units). Every problem is a
/// <see cref="CheckpointException"/>.
/// </summary>
public static class CheckpointFile
{
    /// <summary>The only format version this build reads and writes.</summary>
    public const ushort Version = 1;

    private const int HeaderLength = 8 + 2 + 8 + 32;

    // CR LF in the magic makes a text-mode transfer (which rewrites line ends) show as a foreign file.
    private static readonly byte[] Magic = "XPCKPT\r\n"u8.ToArray();

    /// <summary>Writes <paramref name="checkpoint"/> to <paramref name="path"/> (via a temporary file, so a crash never leaves half a file under the name).</summary>
    public static long Write(string path, SweepCheckpoint checkpoint)
    {
        var body = Compress(CheckpointCodec.Encode(checkpoint));
        var header = new byte[HeaderLength];
        Magic.CopyTo(header, 0);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(8), Version);
        BinaryPrimitives.WriteUInt64LittleEndian(header.AsSpan(10), (ulong)body.Length);
        SHA256.HashData(body).CopyTo(header, 18);
        var full = Path.GetFullPath(path);
        var temp = full + ".partial";
        using (var f = File.Create(temp))
        {
            f.Write(header);
            f.Write(body);
        }

        File.Move(temp, full, overwrite: true);
        return header.Length + body.Length;
    }

    /// <summary>Reads and verifies a checkpoint file.</summary>
    public static SweepCheckpoint Read(string path)
    {
        if (!File.Exists(path)) throw new CheckpointException($"checkpoint file '{path}' does not exist");
        return Decode(File.ReadAllBytes(path), path);
    }

    /// <summary>Verifies and decodes the bytes of a checkpoint file; <paramref name="name"/> appears in errors.</summary>
    public static SweepCheckpoint Decode(ReadOnlySpan<byte> file, string name)
    {
        if (file.Length < Magic.Length || !file[..Magic.Length].SequenceEqual(Magic))
            throw new CheckpointException($"'{name}' is not a sweep checkpoint file (no checkpoint header)");
        if (file.Length < HeaderLength)
            throw new CheckpointException($"checkpoint '{name}' is truncated (header is {file.Length} of {HeaderLength} bytes)");
        var version = BinaryPrimitives.ReadUInt16LittleEndian(file[8..]);
        if (version != Version)
            throw new CheckpointException($"checkpoint '{name}' has format version {version}; this build reads version {Version}");
        var length = BinaryPrimitives.ReadUInt64LittleEndian(file[10..]);
        var actual = (ulong)(file.Length - HeaderLength);
        if (actual < length)
            throw new CheckpointException($"checkpoint '{name}' is truncated ({actual} of {length} body bytes)");
        if (actual > length)
            throw new CheckpointException($"checkpoint '{name}' has {actual - length} unexpected bytes after its body");
        var body = file[HeaderLength..];
        if (!SHA256.HashData(body).AsSpan().SequenceEqual(file.Slice(18, 32)))
            throw new CheckpointException($"checkpoint '{name}' is corrupted or was edited (SHA-256 of its body does not match the header)");
        try
        {
            return CheckpointCodec.Decode(Decompress(body));
        }
        catch (CheckpointException e)
        {
            throw new CheckpointException($"checkpoint '{name}' is invalid: {e.Message}");
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException or FormatException or OverflowException or ArgumentException)
        {
            throw new CheckpointException($"checkpoint '{name}' is invalid: its body cannot be decoded ({e.Message})");
        }
    }

    private static byte[] Compress(byte[] raw)
    {
        using var output = new MemoryStream();
        using (var brotli = new BrotliStream(output, CompressionLevel.SmallestSize, leaveOpen: true)) brotli.Write(raw);
        return output.ToArray();
    }

    private static byte[] Decompress(ReadOnlySpan<byte> body)
    {
        using var input = new MemoryStream(body.ToArray());
        using var brotli = new BrotliStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        brotli.CopyTo(output);
        return output.ToArray();
    }
}
