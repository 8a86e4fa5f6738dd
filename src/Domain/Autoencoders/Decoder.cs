namespace Expressivity.Domain.Autoencoders;

/// <summary>
/// A decoder for a set of vectors: each vector's code (bit i = code bit i) and the threshold network
/// from code bits to vector bits. Only <see cref="Verify"/> lets the product call a decoder perfect.
/// </summary>
public sealed record Decoder(int CodeBits, int[] Codes, ThresholdNetwork Network)
{
    /// <summary>Hidden width (0 for a one-layer decoder).</summary>
    public int Width => Network.Width;

    /// <summary>True when the codes are distinct and the network maps every vector's code back to the vector.</summary>
    public bool Verify(IReadOnlyList<ulong> vectors)
    {
        if (Codes.Length != vectors.Count || Codes.Distinct().Count() != Codes.Length) return false;
        if (Codes.Any(c => c < 0 || c >= 1 << CodeBits)) return false;
        for (var v = 0; v < vectors.Count; v++)
        {
            if (Network.Evaluate((ulong)Codes[v]) != vectors[v]) return false;
        }

        return true;
    }
}
