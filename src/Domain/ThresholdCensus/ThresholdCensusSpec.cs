using System.Text.Json.Nodes;

namespace Expressivity.Domain.ThresholdCensus;

/// <summary>
/// A threshold census: <c>{ "kind": "threshold-census", "n": 7 }</c> (SPEC.md section 5), plus an
/// optional <c>weightBoundLimit</c>: the largest K for which E(N, K) is enumerated by method (a) for
/// <c>byWeightBound</c> and <c>maxWeight</c> (default <see cref="DefaultWeightBoundLimit"/>; 0 skips them).
/// The totals never depend on it.
/// </summary>
/// <param name="N">Number of inputs, 0..<see cref="MaxN"/>.</param>
/// <param name="WeightBoundLimit">Largest weight bound K tried for byWeightBound.</param>
public sealed record ThresholdCensusSpec(int N, int WeightBoundLimit) : IThresholdCensusSpec
{
    /// <summary>The largest N accepted (Chow keys and truth tables are sized for it).</summary>
    public const int MaxN = 10;

    /// <inheritdoc />
    public string Kind => ThresholdCensusKind.KindName;

    /// <summary>
    /// The default limit: 24 for N ≤ 7 (past M(7) = 18, so the bounds complete), 16 for N = 8 (a few
    /// CPU-seconds) and 12 above, where method (a) grows as C(N + K, N) and the full bound is not
    /// affordable by default.
    /// </summary>
    public static int DefaultWeightBoundLimit(int n) => n switch
    {
        <= 7 => 24,
        8 => 16,
        _ => 12,
    };

    /// <inheritdoc />
    public JsonObject ToNormalJson() => new()
    {
        ["kind"] = Kind,
        ["n"] = N,
        ["weightBoundLimit"] = WeightBoundLimit,
    };
}
