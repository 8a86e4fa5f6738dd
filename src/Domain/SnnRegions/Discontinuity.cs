using Expressivity.Domain.Numerics;

namespace Expressivity.Domain.SnnRegions;

/// <summary>
/// Exact evidence that a neuron's firing time jumps: at <see cref="Point"/>, on the boundary of a region
/// where the neuron fires at the affine time whose limit is <see cref="Limit"/> (null: never fires there),
/// the neuron actually fires at <see cref="Value"/> (null: never). Only possible with negative weights.
/// </summary>
public sealed record Discontinuity(int Layer, int Neuron, IReadOnlyList<BigRational> Point, BigRational? Limit, BigRational? Value)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"layer {Layer} neuron {Neuron} at x = ({string.Join(", ", Point)}): limit {Limit?.ToString() ?? "never"}, value {Value?.ToString() ?? "never"}";
}
