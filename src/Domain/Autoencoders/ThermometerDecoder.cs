namespace Expressivity.Domain.Autoencoders;

/// <summary>
/// The decoder every set has (SPEC 4: h = 2^d − 1 always suffices): vector i gets code i, hidden unit
/// k is [value(code) ≥ k] for k = 1..n−1, and output j is f(0) + Σ_k (f(k) − f(k−1))·u_k ≥ 1, where
/// f(i) is bit j of vector i; the sum equals f(value) exactly, so the decoder is perfect.
/// </summary>
public static class ThermometerDecoder
{
    /// <summary>The verified thermometer decoder for n ≥ 2 vectors.</summary>
    public static Decoder Build(IReadOnlyList<ulong> vectors, int vectorBits, int codeBits)
    {
        var n = vectors.Count;
        if (n < 2 || n > 1 << codeBits) throw new ArgumentException("needs 2 ≤ n ≤ 2^d vectors", nameof(vectors));
        var place = Enumerable.Range(0, codeBits).Select(i => 1L << i).ToArray();
        var hidden = Enumerable.Range(1, n - 1).Select(k => new ThresholdUnit(place, k)).ToArray();
        var outputs = new ThresholdUnit[vectorBits];
        for (var j = 0; j < vectorBits; j++)
        {
            var w = new long[n - 1];
            for (var k = 1; k < n; k++) w[k - 1] = (long)(vectors[k] >> j & 1) - (long)(vectors[k - 1] >> j & 1);
            outputs[j] = new ThresholdUnit(w, 1 - (long)(vectors[0] >> j & 1));
        }

        var decoder = new Decoder(codeBits, [.. Enumerable.Range(0, n)], new ThresholdNetwork(codeBits, [hidden, outputs]));
        return decoder.Verify(vectors) ? decoder : throw new InvalidOperationException("thermometer decoder failed verification");
    }
}
