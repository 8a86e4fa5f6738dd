namespace Expressivity.Domain.Autoencoders;

/// <summary>
/// Seeded random sets of distinct vectors for sampled sweeps: sample i of seed s is a fixed function
/// of (s, i) (SplitMix64), so any unit reproduces its samples on any worker and .NET version.
/// </summary>
public static class RandomSets
{
    /// <summary>Sample <paramref name="index"/>: n distinct random vectors of D bits (n ≤ 2^D).</summary>
    public static ulong[] Draw(long seed, long index, int n, int vectorBits)
    {
        var state = (ulong)seed * 0x9E3779B97F4A7C15UL ^ (ulong)index * 0xD1B54A32D192ED03UL;
        var mask = vectorBits == 64 ? ulong.MaxValue : (1UL << vectorBits) - 1;
        var chosen = new HashSet<ulong>();
        var vectors = new List<ulong>(n);
        while (vectors.Count < n)
        {
            var v = Next(ref state) & mask;
            if (chosen.Add(v)) vectors.Add(v);
        }

        return [.. vectors];
    }

    /// <summary>One SplitMix64 step.</summary>
    public static ulong Next(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
