namespace Expressivity.Domain.Threshold;

/// <summary>
/// A Chow vector (c0, c1..cN) packed into 128 bits, N + 1 bits per entry (every entry is at most 2^N),
/// so N ≤ 10. For a positive threshold function written with sorted weights the entries c1 ≥ … ≥ cN are
/// already sorted, and by Chow's theorem the key then identifies the NP-equivalence class exactly.
/// </summary>
public readonly record struct ChowKey(UInt128 Packed)
{
    /// <summary>The largest N a key can hold.</summary>
    public const int MaxN = 10;

    /// <summary>Packs (c0..cN); the entries are taken as given (sort first for a canonical key).</summary>
    public static ChowKey From(ReadOnlySpan<long> chow)
    {
        var n = chow.Length - 1;
        if (n < 0 || n > MaxN) throw new ArgumentOutOfRangeException(nameof(chow), $"N must be in [0, {MaxN}]");
        var bits = n + 1;
        UInt128 packed = 0;
        for (var i = 0; i <= n; i++)
        {
            if (chow[i] < 0 || chow[i] > 1L << n) throw new ArgumentOutOfRangeException(nameof(chow), "entry outside [0, 2^N]");
            packed |= (UInt128)(ulong)chow[i] << (bits * i);
        }

        return new ChowKey(packed);
    }

    /// <summary>The canonical key: c0 followed by c1..cN sorted in decreasing order.</summary>
    public static ChowKey Canonical(ReadOnlySpan<long> chow)
    {
        Span<long> sorted = stackalloc long[chow.Length];
        chow.CopyTo(sorted);
        sorted[1..].Sort();
        sorted[1..].Reverse();
        return From(sorted);
    }

    /// <summary>Unpacks into <paramref name="chow"/> (length N + 1).</summary>
    public void Unpack(Span<long> chow)
    {
        var n = chow.Length - 1;
        var bits = n + 1;
        var mask = ((UInt128)1 << bits) - 1;
        for (var i = 0; i <= n; i++) chow[i] = (long)(ulong)((Packed >> (bits * i)) & mask);
    }
}
