namespace Expressivity.Domain.NeuronExpressivity;

/// <summary>
/// A fixed 64-bit mix of a truth table. Deterministic across processes and runs (unlike
/// <see cref="HashCode"/>), because the reduce bucket of a table must be the same on every node.
/// </summary>
public static class TableHash
{
    /// <summary>The number of reduce buckets, B; every map unit partitions its tables by <see cref="Bucket"/>.</summary>
    public const int Buckets = 64;

    /// <summary>The 64-bit hash.</summary>
    public static ulong Mix(UInt128 table)
    {
        var h = ((ulong)table * 0x9E3779B97F4A7C15UL) ^ ((ulong)(table >> 64) * 0xC2B2AE3D27D4EB4FUL);
        h ^= h >> 29;
        h *= 0xBF58476D1CE4E5B9UL;
        h ^= h >> 32;
        return h;
    }

    /// <summary>The reduce bucket 0..<see cref="Buckets"/>-1 (the hash's top 6 bits).</summary>
    public static int Bucket(UInt128 table) => (int)(Mix(table) >> 58);
}
