namespace Expressivity.Domain.NeuronExpressivity;

/// <summary>
/// The stored form of one map unit's tables for one bucket. Format (version 1): one byte 0x01; the
/// count as an unsigned LEB128 varint; then the tables in strictly ascending order, each as the
/// LEB128 varint of its difference from the previous one (the first from 0). Sorting makes the blob
/// deterministic and the deltas short (about 6 bytes per table at n = 6 instead of 8).
/// </summary>
public static class TableBlob
{
    private const byte Version = 1;

    /// <summary>Encodes tables (any order, no duplicates expected; duplicates are dropped).</summary>
    public static byte[] Encode(IEnumerable<UInt128> tables)
    {
        var sorted = tables.Distinct().Order().ToArray();
        var output = new List<byte>(2 + sorted.Length * 8) { Version };
        WriteVarint(output, (UInt128)(ulong)sorted.Length);
        var previous = UInt128.Zero;
        foreach (var table in sorted)
        {
            WriteVarint(output, table - previous);
            previous = table;
        }

        return output.ToArray();
    }

    /// <summary>Decodes a blob written by <see cref="Encode"/>, appending its tables to <paramref name="into"/>.</summary>
    public static void Decode(ReadOnlySpan<byte> blob, List<UInt128> into)
    {
        if (blob.Length == 0 || blob[0] != Version) throw new InvalidDataException("not a version-1 table blob");
        var position = 1;
        var count = (long)ReadVarint(blob, ref position);
        var value = UInt128.Zero;
        for (long i = 0; i < count; i++)
        {
            value += ReadVarint(blob, ref position);
            into.Add(value);
        }

        if (position != blob.Length) throw new InvalidDataException("trailing bytes after the last table");
    }

    private static void WriteVarint(List<byte> output, UInt128 value)
    {
        while (value >= 0x80)
        {
            output.Add((byte)((byte)value | 0x80));
            value >>= 7;
        }

        output.Add((byte)value);
    }

    private static UInt128 ReadVarint(ReadOnlySpan<byte> blob, ref int position)
    {
        UInt128 value = UInt128.Zero;
        for (var shift = 0; ; shift += 7)
        {
            if (position >= blob.Length || shift > 126) throw new InvalidDataException("truncated or oversized varint");
            var b = blob[position++];
            value |= (UInt128)(b & 0x7F) << shift;
            if ((b & 0x80) == 0) return value;
        }
    }
}
