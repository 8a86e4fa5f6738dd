namespace Expressivity.Domain.Autoencoders;

/// <summary>
/// E2 for one set: the least hidden width h of a layered d → h → D decoder. A set with a one-layer
/// decoder has width 0. Otherwise h ≥ d + 1: h hidden units injective on the used codes would, for
/// h ≤ d, be themselves a code assignment with a one-layer decoder (pad the code with unused bits),
/// which E1 refuted. Widths d + 1 .. min(4, n − 2) are searched exhaustively (every hidden layer up
/// to symmetry, every code assignment by <see cref="AssignmentSearch"/>); width n − 1 always works
/// (<see cref="ThermometerDecoder"/>). For d = 4 a width-5 decoder made of the code bits and one more
/// unit (<see cref="CodePlusOneDecoders"/>) settles the width at 5; otherwise widths beyond the
/// searchable range stay an honest interval.
/// </summary>
public static class MinWidthDecoders
{
    /// <summary>Largest hidden width the exhaustive search covers (output functions tabulated for ≤ 4 inputs).</summary>
    public const int SearchableWidth = 4;

    /// <summary>The least width (or the interval it lies in) with a verified decoder of the upper width.</summary>
    public static MinWidthAnswer Solve(IReadOnlyList<ulong> vectors, int vectorBits, int codeBits)
    {
        var one = OneLayerDecoders.Find(vectors, vectorBits, codeBits);
        if (one is not null) return new MinWidthAnswer(0, 0, one);
        var upper = Math.Max(1, vectors.Count - 1);
        var lower = codeBits + 1;
        for (var h = lower; h < upper && h <= SearchableWidth; h++)
        {
            var found = TryWidth(vectors, vectorBits, codeBits, h);
            if (found is not null) return new MinWidthAnswer(h, h, found);
            lower = h + 1;
        }

        if (codeBits == 4 && lower == 5 && upper > 5 && CodePlusOneDecoders.Find(vectors, vectorBits) is { } five) return new MinWidthAnswer(5, 5, five);
        var thermometer = ThermometerDecoder.Build(vectors, vectorBits, codeBits);
        return new MinWidthAnswer(Math.Min(lower, upper), upper, thermometer);
    }

    /// <summary>A verified d → h → D decoder, or null when every hidden layer and code assignment is refuted.</summary>
    public static Decoder? TryWidth(IReadOnlyList<ulong> vectors, int vectorBits, int codeBits, int h)
    {
        var exact = vectors.Count == 1 << codeBits;
        var units = SmallThresholdFunctions.Of(codeBits);
        var outputs = SmallThresholdFunctions.Of(h);
        foreach (var layer in HiddenLayers.Of(codeBits, h).All)
        {
            if (exact && !layer.Injective) continue;
            var found = new AssignmentSearch(vectors, vectorBits, codeBits, layer.Outputs).Find();
            if (found is null) continue;
            var hidden = layer.Units.Select(units.Witness).ToArray();
            var outs = found.Value.Columns.Select(f => outputs.Witness(layer.RealiserOf(f))).ToArray();
            var decoder = new Decoder(codeBits, found.Value.Codes, new ThresholdNetwork(codeBits, [hidden, outs]));
            return decoder.Verify(vectors) ? decoder : throw new InvalidOperationException("two-layer decoder failed verification");
        }

        return null;
    }
}

/// <summary>The E2 answer: the least width lies in [Lower, Upper]; <see cref="Decoder"/> has width Upper and is verified.</summary>
public sealed record MinWidthAnswer(int Lower, int Upper, Decoder Decoder)
{
    /// <summary>True when the least width is known exactly.</summary>
    public bool Exact => Lower == Upper;
}
