namespace Expressivity.Domain.Autoencoders;

/// <summary>
/// E1 for one set: a code assignment under which every output bit is a threshold function of the d
/// code bits (d ≤ 4, from <see cref="SmallThresholdFunctions"/>), built into a verified decoder.
/// </summary>
public static class OneLayerDecoders
{
    /// <summary>A verified one-layer decoder, or null when the exhaustive search refutes every assignment.</summary>
    public static Decoder? Find(IReadOnlyList<ulong> vectors, int vectorBits, int codeBits) => Find(vectors, vectorBits, codeBits, out _);

    /// <summary>The same, also reporting the search nodes.</summary>
    public static Decoder? Find(IReadOnlyList<ulong> vectors, int vectorBits, int codeBits, out long nodes)
    {
        var table = SmallThresholdFunctions.Of(codeBits);
        var search = new AssignmentSearch(vectors, vectorBits, codeBits, table.Functions, table.OrbitLeast);
        var found = search.Find();
        nodes = search.Nodes;
        if (found is null) return null;
        var outputs = found.Value.Columns.Select(table.Witness).ToArray();
        var decoder = new Decoder(codeBits, found.Value.Codes, new ThresholdNetwork(codeBits, [outputs]));
        return decoder.Verify(vectors) ? decoder : throw new InvalidOperationException("one-layer decoder failed verification");
    }
}
