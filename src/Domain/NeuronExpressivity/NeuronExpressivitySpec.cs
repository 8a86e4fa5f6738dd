using System.Text.Json.Nodes;

namespace Expressivity.Domain.NeuronExpressivity;

/// <summary>
/// A validated <c>neuron-expressivity</c> spec (SPEC.md section 5): count the distinct Boolean
/// functions x ↦ [w·x ≥ t] on <see cref="N"/> inputs as w ranges over <see cref="Weights"/>^N and t
/// over <see cref="Threshold"/>.
/// </summary>
/// <param name="N">Number of inputs: 1..<see cref="NeuronLimits.MaxBruteN"/> (brute), 1..<see cref="NeuronLimits.MaxCanonicalN"/> (canonical).</param>
/// <param name="Inputs">Binary {0,1} or bipolar {-1,+1} inputs.</param>
/// <param name="Weights">The values of each weight coordinate.</param>
/// <param name="Threshold">The thresholds.</param>
/// <param name="Method">As written: "auto", "brute" or "canonical".</param>
public sealed record NeuronExpressivitySpec(int N, InputEncoding Inputs, WeightDomain Weights, ThresholdRule Threshold, string Method)
    : INeuronExpressivitySpec
{
    /// <inheritdoc />
    public string Kind => NeuronExpressivityKind.KindName;

    /// <summary>The method that actually runs: "auto" is brute force for n ≤ <see cref="NeuronLimits.MaxBruteN"/>, canonical above.</summary>
    public string ResolvedMethod => Method != "auto" ? Method : N <= NeuronLimits.MaxBruteN ? "brute" : "canonical";

    /// <summary>True when <see cref="ResolvedMethod"/> is "canonical".</summary>
    public bool IsCanonical => ResolvedMethod == "canonical";

    /// <summary>
    /// True when w and −w are both in the family and every threshold is allowed. Then the tables of −w
    /// are exactly the complements of the tables of w (S_{−w}(t) is the complement of S_w(1 − t)), so
    /// map units enumerate only sign patterns whose first nonzero sign is '+' and add the complements.
    /// </summary>
    public bool MirrorsNegation => Threshold.Kind == ThresholdRule.Mode.Any && Weights.IsSymmetric;

    /// <summary>Number of truth-table bits, 2^N.</summary>
    public int Points => 1 << N;

    /// <inheritdoc />
    public JsonObject ToNormalJson() => new()
    {
        ["kind"] = Kind,
        ["n"] = N,
        ["inputs"] = Inputs == InputEncoding.Binary ? "binary" : "bipolar",
        ["weights"] = Weights.ToNormalJson(),
        ["threshold"] = Threshold.ToNormalJson(),
        ["method"] = Method,
    };
}
