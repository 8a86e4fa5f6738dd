namespace Expressivity.Domain.SnnRegions.Sweep;

/// <summary>
/// A tiny seeded generator (SplitMix64) whose output is fixed by its definition, unlike
/// <see cref="Random"/>: random draws must be identical on every worker and every .NET version.
/// </summary>
public struct SplitMix64(ulong seed)
{
    private ulong _state = seed;

    /// <summary>A stream for one (seed, index) pair, independent of other indices.</summary>
    public static SplitMix64 For(long seed, long index) => new(unchecked(((ulong)seed * 0x9E3779B97F4A7C15UL) ^ ((ulong)index * 0xD1B54A32D192ED03UL) ^ 0x2545F4914F6CDD1DUL));

    /// <summary>The next 64 random bits.</summary>
    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform integer in [lo, hi] (slight modulo bias is irrelevant for drawing parameters).</summary>
    public int Between(int lo, int hi) => lo + (int)(Next() % (ulong)(hi - lo + 1));
}
