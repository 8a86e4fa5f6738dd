using System.Text.Json.Nodes;
using Expressivity.Domain.Sweeps.Grids;

namespace Expressivity.Domain.NeuronExpressivity;

/// <summary>
/// The <c>grid</c> form of neuron-expressivity: every combination of the listed n, input encodings and
/// weight families (threshold and method shared) in one sweep, each configuration counted exactly as its
/// own spec would count it alone (<see cref="ConfigurationGrid{TSpec}"/>).
/// </summary>
/// <param name="Grid">The configurations, n outermost, then inputs, then weight families.</param>
/// <param name="Normal">The normalised <c>grid</c> object (lists written out, weight bounds as families).</param>
public sealed record NeuronExpressivityGridSpec(ConfigurationGrid<NeuronExpressivitySpec> Grid, JsonObject Normal) : INeuronExpressivitySpec
{
    /// <inheritdoc />
    public string Kind => NeuronExpressivityKind.KindName;

    /// <inheritdoc />
    public JsonObject ToNormalJson() => new() { ["kind"] = Kind, ["grid"] = Normal.DeepClone() };
}
