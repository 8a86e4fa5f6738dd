using System.Text.Json;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Domain.Autoencoders;

/// <summary>
/// Reads and validates an <c>autoencoder-search</c> spec; every error names its field, and sizes that
/// would not finish are refused here, before any work.
/// </summary>
public static class AutoencoderSearchSpecParser
{
    /// <summary>Largest set a single-set or sampled search takes (code tables exist for d ≤ 4).</summary>
    public const int MaxCodeBits = 4;

    /// <summary>Largest sample.</summary>
    public const long MaxSample = 1_000_000;

    /// <summary>Validates a spec object; errors name the field.</summary>
    public static AutoencoderSearchSpec Parse(JsonElement element)
    {
        var root = new SpecObject(element);
        root.String("kind");
        if (root.Has("construction")) return ParseConstruction(root);
        var question = root.String("question", AutoencoderSearchSpec.OneLayer);
        if (question is not (AutoencoderSearchSpec.OneLayer or AutoencoderSearchSpec.MinWidth))
            throw new SpecException("question", $"\"{question}\" is not \"one-layer\" or \"min-width\"");
        var spec = root.Has("set") ? ParseSet(root, question) : ParseAllSets(root, question);
        root.EnsureNoUnknownFields();
        return spec;
    }

    private static AutoencoderSearchSpec ParseSet(SpecObject root, string question)
    {
        var texts = root.Array("set").Select((v, i) => v.ValueKind == JsonValueKind.String
            ? v.GetString()!
            : throw new SpecException($"set[{i}]", $"expected a string of 0 and 1, got {SpecObject.Describe(v)}")).ToList();
        if (texts.Count < 2) throw new SpecException("set", "needs at least 2 vectors");
        if (texts.Count > 1 << MaxCodeBits) throw new SpecException("set", $"{texts.Count} vectors need more than {MaxCodeBits} code bits; the exact search covers at most {1 << MaxCodeBits}");
        var vectors = VectorSet.Parse(texts);
        var least = 1;
        while (1 << least < texts.Count) least++;
        var d = (int)root.Integer("codeBits", least, 1, MaxCodeBits);
        if (1 << d < texts.Count) throw new SpecException("codeBits", $"2^{d} = {1 << d} codes cannot hold {texts.Count} vectors");
        var bits = (int)root.Integer("vectorBits", vectors.Bits, 1, VectorSet.MaxBits);
        if (bits != vectors.Bits) throw new SpecException("vectorBits", $"is {bits} but the vectors of set have {vectors.Bits} bits");
        return new AutoencoderSearchSpec(d, bits, question, texts, null);
    }

    /// <summary>Largest set a construction is built for.</summary>
    public const int MaxConstructionVectors = 1 << 10;

    /// <summary>Most sets a construction sample draws.</summary>
    public const long MaxConstructionSets = 10_000;

    private static AutoencoderSearchSpec ParseConstruction(SpecObject root)
    {
        var construction = root.String("construction");
        if (construction is not (AutoencoderSearchSpec.Theorem5 or AutoencoderSearchSpec.Approximate))
            throw new SpecException("construction", $"\"{construction}\" is not \"theorem5\" or \"approximate\"");
        var n = (int)root.Integer("vectors", 2, MaxConstructionVectors);
        var bits = (int)root.Integer("vectorBits", 1, VectorSet.MaxBits);
        if (bits < 63 && n > 1L << bits) throw new SpecException("vectors", $"{n} distinct vectors do not fit in {bits} bits");
        if (construction == AutoencoderSearchSpec.Approximate && bits < 3) throw new SpecException("vectorBits", "the approximate decoder works on 3-bit blocks; needs at least 3");
        var sample = root.Object("sample");
        var sets = sample.Integer("sets", 1, MaxConstructionSets);
        var seed = sample.Integer("seed", 0, long.MinValue, long.MaxValue);
        sample.EnsureNoUnknownFields();
        root.EnsureNoUnknownFields();
        return new AutoencoderSearchSpec(Theorem5Decoder.CodeBitsFor(n), bits, AutoencoderSearchSpec.OneLayer, null, new AutoencoderSample(sets, seed), construction, n);
    }

    private static AutoencoderSearchSpec ParseAllSets(SpecObject root, string question)
    {
        var d = (int)root.Integer("codeBits", 1, MaxCodeBits);
        var bits = (int)root.Integer("vectorBits", 1, VectorSet.MaxBits);
        if (bits < d) throw new SpecException("vectorBits", $"{bits}-bit vectors cannot fill 2^{d} distinct codes");
        if (root.Has("sample"))
        {
            var sample = root.Object("sample");
            var sets = sample.Integer("sets", 1, MaxSample);
            var seed = sample.Integer("seed", 0, long.MinValue, long.MaxValue);
            sample.EnsureNoUnknownFields();
            if (bits == d) throw new SpecException("vectorBits", "with vectorBits = codeBits there is only one set; give it as set");
            return new AutoencoderSearchSpec(d, bits, question, null, new AutoencoderSample(sets, seed));
        }

        // Exhaustive limits: what the column-class count (E1) or the orbit walk (E2) finishes in minutes.
        if (d > 3) throw new SpecException("codeBits", $"every set of 2^{d} vectors is out of reach; use sample or set for d = 4");
        var limit = question == AutoencoderSearchSpec.OneLayer ? (d == 3 ? 8 : 60) : (d == 3 ? 6 : d == 2 ? 7 : 0);
        if (question == AutoencoderSearchSpec.MinWidth && d < 2) throw new SpecException("codeBits", "min-width over all sets needs codeBits 2 or 3");
        if (bits > limit) throw new SpecException("vectorBits", $"{bits} would not finish for codeBits {d} and question {question}; at most {limit}");
        return new AutoencoderSearchSpec(d, bits, question, null, null);
    }
}
