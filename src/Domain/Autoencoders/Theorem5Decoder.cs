namespace Expressivity.Domain.Autoencoders;

/// <summary>
/// The perfect decoder of Theorem 5 / Corollary 6 (SPEC 4), depth 3. Vector i gets code i in binary
/// (d = ⌈log₂ n⌉ bits) and is split as i = qL + r with L = 2^a, so q is the high bits and r the low
/// bits of the code and both layer-A families are single threshold units: K group indicators [q = k]
/// and L − 1 thermometer units [r ≥ ρ]. Layer B has one unit y_{j,k} per output bit and group, whose
/// telescoping sum equals bit j of vector kL + r inside group k and is pushed below threshold outside it;
/// output j is the OR of its K units. Width max(K + L − 1, K·D); a is chosen to make it least, which
/// puts it within a small factor of √(nD). The targets need not be distinct (the approximate decoder
/// reuses this on its rounded vectors).
/// </summary>
public static class Theorem5Decoder
{
    /// <summary>Largest set the construction takes (codes fit an int, evaluation stays seconds).</summary>
    public const int MaxVectors = 1 << 12;

    /// <summary>The decoder for <paramref name="targets"/> (bit j = output j), vector i at code i.</summary>
    public static GroupedDecoder Build(IReadOnlyList<ulong> targets, int vectorBits)
    {
        var n = targets.Count;
        if (n < 2 || n > MaxVectors) throw new ArgumentOutOfRangeException(nameof(targets), $"needs 2..{MaxVectors} vectors");
        if (vectorBits is < 1 or > 64) throw new ArgumentOutOfRangeException(nameof(vectorBits), "needs 1..64 bits");
        var d = CodeBitsFor(n);
        var a = BestLowBits(n, d, vectorBits);
        return Build(targets, vectorBits, d, a);
    }

    /// <summary>The same with L = 2^<paramref name="lowBits"/> fixed.</summary>
    public static GroupedDecoder Build(IReadOnlyList<ulong> targets, int vectorBits, int codeBits, int lowBits)
    {
        var n = targets.Count;
        var groupSize = 1 << lowBits;
        var groups = (n + groupSize - 1) / groupSize;
        // Bit j of the vector at index m; indices past the end repeat the last vector (zero differences).
        int Bit(int m, int j) => (int)(targets[Math.Min(m, n - 1)] >> j & 1);

        var layerA = new List<ThresholdUnit>(groups + groupSize - 1);
        for (var k = 0; k < groups; k++)
        {
            // [q = k]: +1 on the high bits k has, −1 on those it lacks, threshold its popcount.
            var w = new long[codeBits];
            for (var b = lowBits; b < codeBits; b++) w[b] = (k >> (b - lowBits) & 1) != 0 ? 1 : -1;
            layerA.Add(new ThresholdUnit(w, System.Numerics.BitOperations.PopCount((uint)k)));
        }

        for (var rho = 1; rho < groupSize; rho++)
        {
            var w = new long[codeBits];
            for (var b = 0; b < lowBits; b++) w[b] = 1L << b;
            layerA.Add(new ThresholdUnit(w, rho));
        }

        var layerB = new List<ThresholdUnit>(vectorBits * groups);
        var outputs = new ThresholdUnit[vectorBits];
        for (var j = 0; j < vectorBits; j++)
        {
            var orWeights = new long[vectorBits * groups];
            for (var k = 0; k < groups; k++)
            {
                // x^(kL)_j + Σ_ρ Δ_ρ·[r ≥ ρ] + [q = k] − 1 ≥ 1, the sum telescoping to x^(kL+r)_j.
                var w = new long[layerA.Count];
                w[k] = 1;
                for (var rho = 1; rho < groupSize; rho++) w[groups + rho - 1] = Bit(k * groupSize + rho, j) - Bit(k * groupSize + rho - 1, j);
                orWeights[layerB.Count] = 1;
                layerB.Add(new ThresholdUnit(w, 2 - Bit(k * groupSize, j)));
            }

            outputs[j] = new ThresholdUnit(orWeights, 1);
        }

        // Output j reads only its own K units; the weights vector is laid out over all of layer B.
        var network = new ThresholdNetwork(codeBits, [layerA, layerB, outputs]);
        return new GroupedDecoder(network, codeBits, groups, groupSize);
    }

    /// <summary>⌈log₂ n⌉, at least 1.</summary>
    public static int CodeBitsFor(int n)
    {
        var d = 1;
        while (1 << d < n) d++;
        return d;
    }

    /// <summary>The width max(K + L − 1, K·D) for L = 2^a, K = ⌈n / L⌉.</summary>
    public static long WidthFor(int n, int vectorBits, int lowBits)
    {
        long groupSize = 1L << lowBits;
        var groups = (n + groupSize - 1) / groupSize;
        return Math.Max(groups + groupSize - 1, groups * vectorBits);
    }

    // The a in 0..d with the least width; ties go to fewer nodes.
    private static int BestLowBits(int n, int d, int vectorBits) =>
        Enumerable.Range(0, d + 1)
            .OrderBy(a => WidthFor(n, vectorBits, a))
            .ThenBy(a => ((n + (1L << a) - 1) >> a) * (vectorBits + 1) + (1L << a))
            .First();
}

/// <summary>
/// A Theorem 5 network and its shape: code bits, K groups of L codes. Vector i's code is i.
/// </summary>
public sealed record GroupedDecoder(ThresholdNetwork Network, int CodeBits, int Groups, int GroupSize)
{
    /// <summary>Largest hidden layer.</summary>
    public int Width => Network.Width;

    /// <summary>The decoded vector of index i (exact integer evaluation of every unit).</summary>
    public ulong Decode(int i) => Network.Evaluate((ulong)i);

    /// <summary>As a <see cref="Decoder"/> for <paramref name="count"/> vectors (codes 0..count−1).</summary>
    public Decoder AsDecoder(int count) => new(CodeBits, [.. Enumerable.Range(0, count)], Network);
}
