using Expressivity.Domain.Sweeps;

namespace Expressivity.Domain.Autoencoders;

/// <summary>
/// A set of distinct D-bit vectors written as strings of '0'/'1'; character j is bit j (output x_{j+1}).
/// </summary>
public sealed record VectorSet(ulong[] Vectors, int Bits)
{
    /// <summary>Longest vector accepted (bits are packed in a ulong).</summary>
    public const int MaxBits = 64;

    /// <summary>Parses and validates; errors name <paramref name="field"/>.</summary>
    public static VectorSet Parse(IReadOnlyList<string> texts, string field = "set")
    {
        if (texts.Count == 0) throw new SpecException(field, $"needs at least one vector");
        var bits = texts[0].Length;
        if (bits is 0 or > MaxBits) throw new SpecException(field, $"vectors must have 1..{MaxBits} bits, got {bits}");
        var vectors = new ulong[texts.Count];
        for (var v = 0; v < texts.Count; v++)
        {
            var text = texts[v];
            if (text.Length != bits) throw new SpecException($"{field}[{v}]", $"\"{text}\" has {text.Length} bits but {field}[0] has {bits}");
            for (var j = 0; j < bits; j++)
            {
                vectors[v] |= text[j] switch
                {
                    '0' => 0UL,
                    '1' => 1UL << j,
                    _ => throw new SpecException($"{field}[{v}]", $"\"{text}\" has '{text[j]}' at position {j}; only 0 and 1 are allowed"),
                };
            }
        }

        var seen = new Dictionary<ulong, int>();
        for (var v = 0; v < vectors.Length; v++)
        {
            if (!seen.TryAdd(vectors[v], v)) throw new SpecException($"{field}[{v}]", $"\"{texts[v]}\" duplicates {field}[{seen[vectors[v]]}]");
        }

        return new VectorSet(vectors, bits);
    }

    /// <summary>Vector i as a string.</summary>
    public string Format(int i) => Format(Vectors[i], Bits);

    /// <summary>A packed vector as a string of bits.</summary>
    public static string Format(ulong vector, int bits) => string.Concat(Enumerable.Range(0, bits).Select(j => (vector >> j & 1) != 0 ? '1' : '0'));
}
