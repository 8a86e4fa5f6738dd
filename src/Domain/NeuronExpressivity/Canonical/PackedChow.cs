namespace Expressivity.Domain.NeuronExpressivity.Canonical;

/// <summary>
/// A sorted Chow vector (c0, c1..cN) packed into <see cref="Words"/>(N) 64-bit words, N + 1 bits per
/// entry (every entry is at most 2^N), entry 0 in the lowest bits of word 0. Exact for N ≤ 62 (the
/// <see cref="Threshold.ChowKey"/> of the threshold census holds only N ≤ 10).
/// </summary>
public static class PackedChow
{
    /// <summary>Words per key: ⌈(N + 1)² / 64⌉.</summary>
    public static int Words(int n) => ((n + 1) * (n + 1) + 63) / 64;

    /// <summary>Packs <paramref name="chow"/> (length N + 1) into <paramref name="key"/> (length Words(N)).</summary>
    public static void Pack(ReadOnlySpan<long> chow, Span<ulong> key)
    {
        var bits = chow.Length;
        key.Clear();
        for (var i = 0; i < chow.Length; i++)
        {
            var value = (ulong)chow[i];
            var at = i * bits;
            key[at >> 6] |= value << (at & 63);
            // An entry straddling two words puts its high part at the bottom of the next one.
            var spill = (at & 63) + bits - 64;
            if (spill > 0) key[(at >> 6) + 1] |= value >> (bits - spill);
        }
    }

    /// <summary>Unpacks a key into <paramref name="chow"/> (length N + 1).</summary>
    public static void Unpack(ReadOnlySpan<ulong> key, Span<long> chow)
    {
        var bits = chow.Length;
        var mask = bits == 64 ? ulong.MaxValue : (1UL << bits) - 1;
        for (var i = 0; i < chow.Length; i++)
        {
            var at = i * bits;
            var value = key[at >> 6] >> (at & 63);
            var spill = (at & 63) + bits - 64;
            if (spill > 0) value |= key[(at >> 6) + 1] << (bits - spill);
            chow[i] = (long)(value & mask);
        }
    }

    /// <summary>A fixed 64-bit mix of a key, identical on every node (reduce buckets depend on it).</summary>
    public static ulong Hash(ReadOnlySpan<ulong> key)
    {
        var h = 0x9E3779B97F4A7C15UL;
        foreach (var word in key)
        {
            h ^= word;
            h *= 0xBF58476D1CE4E5B9UL;
            h ^= h >> 31;
        }

        h ^= h >> 29;
        h *= 0x94D049BB133111EBUL;
        h ^= h >> 32;
        return h;
    }

    /// <summary>The reduce bucket 0..<see cref="TableHash.Buckets"/>-1 (top 6 bits of the hash).</summary>
    public static int Bucket(ReadOnlySpan<ulong> key) => (int)(Hash(key) >> 58);
}
