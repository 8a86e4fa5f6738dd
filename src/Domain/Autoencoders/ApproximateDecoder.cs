using System.Numerics;

namespace Expressivity.Domain.Autoencoders;

/// <summary>
/// The approximate decoder of Theorems 7 and 9 as SPEC 4 reconstructs it. Output bits are cut into
/// 3-bit blocks (a, b, c); on a block the decoder outputs φ(a, b, c) = (a ∨ (b ∧ c), b, c), which is
/// wrong in one bit and only for 011. Each block is first XOR-masked so that its least frequent pattern
/// over the set becomes 011 (μ = m ⊕ 011; XOR with a constant only flips weight signs), so at most
/// ⌊n/8⌋ vectors err per block, by one bit: average Hamming error ≤ ⌊D/3⌋/8 ≤ D/24. Bits past the last
/// full block are decoded exactly. The network is the Theorem 5 decoder of the rounded vectors; the
/// error is measured by exact evaluation on every vector, never taken from the bound.
/// </summary>
public static class ApproximateDecoder
{
    /// <summary>The decoder with its exactly measured error.</summary>
    public static ApproximateResult Build(IReadOnlyList<ulong> vectors, int vectorBits)
    {
        var blocks = vectorBits / 3;
        var masks = new ulong[blocks];
        for (var t = 0; t < blocks; t++)
        {
            var frequency = new int[8];
            foreach (var x in vectors) frequency[(int)(x >> (3 * t) & 7)]++;
            // Least frequent pattern, ties to the smallest; pattern bits are (a, b, c) = bits 0, 1, 2.
            var least = Enumerable.Range(0, 8).OrderBy(p => frequency[p]).ThenBy(p => p).First();
            masks[t] = (ulong)(least ^ Pattern011) << (3 * t);
        }

        var rounded = vectors.Select(x => Round(x, masks)).ToArray();
        var network = Theorem5Decoder.Build(rounded, vectorBits);
        long errorBits = 0, wrongVectors = 0;
        for (var i = 0; i < vectors.Count; i++)
        {
            var decoded = network.Decode(i);
            if (decoded != rounded[i]) throw new InvalidOperationException($"approximate decoder missed its own target at vector {i}");
            var distance = BitOperations.PopCount(decoded ^ vectors[i]);
            errorBits += distance;
            if (distance > 0) wrongVectors++;
        }

        return new ApproximateResult(network, errorBits, wrongVectors, vectors.Count, vectorBits);
    }

    // 011 read as (a, b, c) = (0, 1, 1): bits 1 and 2 set.
    private const int Pattern011 = 0b110;

    /// <summary>φ applied to every masked block: x ⊕ μ, then a |= b ∧ c, then ⊕ μ again.</summary>
    public static ulong Round(ulong x, IReadOnlyList<ulong> masks)
    {
        var y = x;
        for (var t = 0; t < masks.Count; t++)
        {
            var block = (x ^ masks[t]) >> (3 * t) & 7;
            var fixedA = block | ((block >> 1) & (block >> 2) & 1);
            y = (y & ~(7UL << (3 * t))) | (((fixedA << (3 * t)) ^ masks[t]) & (7UL << (3 * t)));
        }

        return y;
    }
}

/// <summary>
/// An approximate decoder and its exact error: total Hamming distance over the set, the vectors decoded
/// wrongly, and the bound D/24 on the average it is checked against.
/// </summary>
public sealed record ApproximateResult(GroupedDecoder Decoder, long ErrorBits, long WrongVectors, int Vectors, int VectorBits)
{
    /// <summary>Average error ≤ D/24, compared exactly: 24·errorBits ≤ D·n.</summary>
    public bool WithinBound => 24 * ErrorBits <= (long)VectorBits * Vectors;

    /// <summary>The paper's sharper count: each of the ⌊D/3⌋ blocks errs on at most ⌊n/8⌋ vectors.</summary>
    public bool WithinBlockBound => ErrorBits <= (long)(VectorBits / 3) * (Vectors / 8);
}
