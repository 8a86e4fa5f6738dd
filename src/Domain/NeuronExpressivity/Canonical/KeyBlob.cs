namespace Expressivity.Domain.NeuronExpressivity.Canonical;

/// <summary>
/// The stored form of one canonical map unit's keys for one bucket. Format (version 2, distinct from
/// the brute force's table blobs): byte 0x02; the key width in words and the key count as unsigned
/// LEB128 varints; then the keys in ascending order (word by word), each as its words in varints
/// followed by one byte, its value. Sorting makes the blob deterministic.
/// </summary>
public static class KeyBlob
{
    private const byte Version = 2;

    /// <summary>Encodes the keys of <paramref name="set"/> with the given indices.</summary>
    public static byte[] Encode(ChowKeySet set, IEnumerable<int> indices)
    {
        var order = indices.ToArray();
        Array.Sort(order, (a, b) => set.Key(a).SequenceCompareTo(set.Key(b)));
        var output = new List<byte>(2 + order.Length * (set.Width * 5 + 1)) { Version };
        WriteVarint(output, (ulong)set.Width);
        WriteVarint(output, (ulong)order.Length);
        foreach (var index in order)
        {
            foreach (var word in set.Key(index)) WriteVarint(output, word);
            output.Add(set.Value(index));
        }

        return output.ToArray();
    }

    /// <summary>Decodes a blob, adding its keys to <paramref name="into"/> (values merged by maximum); returns how many keys it held.</summary>
    public static long Decode(ReadOnlySpan<byte> blob, ChowKeySet into)
    {
        if (blob.Length == 0 || blob[0] != Version) throw new InvalidDataException("not a version-2 key blob");
        var position = 1;
        var width = (int)ReadVarint(blob, ref position);
        if (width != into.Width) throw new InvalidDataException($"key blob holds {width}-word keys, expected {into.Width}");
        var count = (long)ReadVarint(blob, ref position);
        Span<ulong> key = stackalloc ulong[width];
        for (long k = 0; k < count; k++)
        {
            for (var i = 0; i < width; i++) key[i] = ReadVarint(blob, ref position);
            if (position >= blob.Length) throw new InvalidDataException("truncated key blob");
            into.Add(key, blob[position++]);
        }

        if (position != blob.Length) throw new InvalidDataException("trailing bytes after the last key");
        return count;
    }

    private static void WriteVarint(List<byte> output, ulong value)
    {
        while (value >= 0x80)
        {
            output.Add((byte)(value | 0x80));
            value >>= 7;
        }

        output.Add((byte)value);
    }

    private static ulong ReadVarint(ReadOnlySpan<byte> blob, ref int position)
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            if (position >= blob.Length || shift > 63) throw new InvalidDataException("truncated or oversized varint");
            var b = blob[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0) return value;
        }
    }
}
