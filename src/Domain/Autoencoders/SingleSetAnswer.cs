using System.Text.Json.Nodes;

namespace Expressivity.Domain.Autoencoders;

/// <summary>
/// E1 and E2 for one given set: whether a one-layer decoder exists, the least hidden width (or the
/// interval holding it), and the verified decoder of that width.
/// </summary>
public sealed record SingleSetAnswer(VectorSet Set, int CodeBits, bool OneLayer, MinWidthAnswer MinWidth)
{
    /// <summary>Solves the set of a single-set spec (deterministic, so a report can rebuild it).</summary>
    public static SingleSetAnswer Solve(AutoencoderSearchSpec spec)
    {
        var set = VectorSet.Parse(spec.Set ?? throw new ArgumentException("not a single-set spec", nameof(spec)));
        var answer = MinWidthDecoders.Solve(set.Vectors, set.Bits, spec.CodeBits);
        if (!answer.Decoder.Verify(set.Vectors)) throw new InvalidOperationException("decoder failed verification");
        return new SingleSetAnswer(set, spec.CodeBits, answer.Upper == 0, answer);
    }

    /// <summary>The decoder as JSON: each vector's code, then the layers' weights and thresholds.</summary>
    public JsonObject DecoderJson()
    {
        var decoder = MinWidth.Decoder;
        var codes = new JsonArray();
        for (var v = 0; v < Set.Vectors.Length; v++)
        {
            codes.Add(new JsonObject { ["vector"] = Set.Format(v), ["code"] = VectorSet.Format((ulong)decoder.Codes[v], CodeBits) });
        }

        var layers = new JsonArray();
        foreach (var layer in decoder.Network.Layers)
        {
            layers.Add(new JsonArray([.. layer.Select(u => (JsonNode)new JsonObject
            {
                ["weights"] = new JsonArray([.. u.Weights.Select(w => (JsonNode)JsonValue.Create(w))]),
                ["threshold"] = u.Threshold,
            })]));
        }

        return new JsonObject
        {
            ["codeBits"] = CodeBits,
            ["hiddenWidth"] = decoder.Width,
            ["codes"] = codes,
            ["layers"] = layers,
            ["verified"] = decoder.Verify(Set.Vectors),
        };
    }
}
