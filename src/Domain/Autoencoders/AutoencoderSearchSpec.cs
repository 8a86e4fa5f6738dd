using System.Text.Json.Nodes;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Domain.Autoencoders;

/// <summary>
/// An autoencoder search (SPEC.md 4, 5), in one of three forms:
/// every set of 2^d distinct D-bit vectors (<c>codeBits</c>, <c>vectorBits</c>, <c>question</c>
/// "one-layer" or "min-width"); seeded random sets (<c>sample</c>: <c>{"sets": k, "seed": s}</c>), each
/// answered exactly; or one given set (<c>set</c>: strings of 0/1, <c>codeBits</c> defaulting to the
/// least d with 2^d ≥ |S|); or a construction of the paper (<c>construction</c> "theorem5" or
/// "approximate") built for <c>sample</c> random sets of <c>vectors</c> D-bit vectors.
/// </summary>
public sealed record AutoencoderSearchSpec(int CodeBits, int VectorBits, string Question, IReadOnlyList<string>? Set, AutoencoderSample? Sample, string? Construction = null, int Vectors = 0) : ISweepSpec
{
    /// <summary>The perfect decoder of Theorem 5 / Corollary 6.</summary>
    public const string Theorem5 = "theorem5";

    /// <summary>The approximate decoder of Theorems 7 and 9.</summary>
    public const string Approximate = "approximate";

    /// <summary>The E1 question.</summary>
    public const string OneLayer = "one-layer";

    /// <summary>The E2 question.</summary>
    public const string MinWidth = "min-width";

    /// <inheritdoc />
    public string Kind => AutoencoderSearchKind.KindName;

    /// <summary>True for the E2 question.</summary>
    public bool AsksMinWidth => Question == MinWidth;

    /// <summary>Vectors per set: 2^d, or |S| for a given set.</summary>
    public int SetSize => Construction is not null ? Vectors : Set?.Count ?? 1 << CodeBits;

    /// <inheritdoc />
    public JsonObject ToNormalJson()
    {
        if (Construction is not null)
        {
            return new JsonObject
            {
                ["kind"] = Kind,
                ["construction"] = Construction,
                ["vectors"] = Vectors,
                ["vectorBits"] = VectorBits,
                ["sample"] = new JsonObject { ["sets"] = Sample!.Sets, ["seed"] = Sample.Seed },
            };
        }

        var json = new JsonObject { ["kind"] = Kind, ["codeBits"] = CodeBits, ["vectorBits"] = VectorBits, ["question"] = Question };
        if (Set is not null) json["set"] = new JsonArray([.. Set.Select(v => (JsonNode)JsonValue.Create(v)!)]);
        if (Sample is not null) json["sample"] = new JsonObject { ["sets"] = Sample.Sets, ["seed"] = Sample.Seed };
        return json;
    }
}

/// <summary>A sampled sweep: <paramref name="Sets"/> random sets drawn from <paramref name="Seed"/>.</summary>
public sealed record AutoencoderSample(long Sets, long Seed);
