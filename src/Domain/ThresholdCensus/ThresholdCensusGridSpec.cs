using System.Text.Json.Nodes;
using Expressivity.Domain.Sweeps.Grids;

namespace Expressivity.Domain.ThresholdCensus;

/// <summary>
/// The <c>grid</c> form of threshold-census: every listed N (and weight-bound limit, when listed) in one
/// sweep, each configuration counted exactly as its own spec would count it alone.
/// </summary>
/// <param name="Grid">The configurations, N outermost, then the weight-bound limits.</param>
/// <param name="Normal">The normalised <c>grid</c> object (lists written out).</param>
public sealed record ThresholdCensusGridSpec(ConfigurationGrid<ThresholdCensusSpec> Grid, JsonObject Normal) : IThresholdCensusSpec
{
    /// <inheritdoc />
    public string Kind => ThresholdCensusKind.KindName;

    /// <inheritdoc />
    public JsonObject ToNormalJson() => new() { ["kind"] = Kind, ["grid"] = Normal.DeepClone() };
}
