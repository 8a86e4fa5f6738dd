using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;

namespace Expressivity.Domain.SnnRegions.Sweep;

/// <summary>
/// The numbers seed 001 gives for a network's region count, each with its source and whether it bounds
/// the count from above or is a construction (a lower bound on the maximum over weights, not on this
/// network). Null where the statement does not apply to the network's shape.
/// </summary>
public static class SeedBounds
{
    /// <summary>The bounds object of an explicit network's result.</summary>
    public static JsonObject Json(SpikingNetwork network)
    {
        var d = network.Inputs;
        var oneLayer = network.Layers.Count == 1;
        var m = network.Layers[0].Count;
        return new JsonObject
        {
            ["oneNeuron"] = Entry(RegionBounds.OneNeuron(d), "upper",
                "seed 001 Theorem 4: one neuron with d inputs has at most 2^d - 1 linear regions (per output neuron of a one-layer network)"),
            ["outputProduct"] = oneLayer
                ? Entry(BigInteger.Pow(RegionBounds.OneNeuron(d), m), "upper",
                    "seed 001 Example 3: a one-layer network's regions are at most the product of its output neurons' counts, (2^d - 1)^m")
                : null,
            ["parallelLines"] = oneLayer && d == 2
                ? Entry(2 * m + 1, "upper",
                    "seed 001 Example 3: with two inputs every boundary is a line x1 - x2 = const, each neuron gives at most two, so m neurons give at most 2m + 1 regions")
                : null,
            ["patternProduct"] = Entry(RegionBounds.Product(d, network.Layers.Select(l => l.Count).ToArray(), network.HasNegativeWeight), "upper",
                "counting: a region is one tuple of per-neuron patterns (2^k - 1 per neuron with k positive inputs, 2^k with mixed signs)"),
            ["sharedWeights"] = RegionBounds.SharedWeights(d, network.Layers.Select(l => l.Count).ToArray()) is { } shared
                ? Entry(shared, "lower bound on the maximum (construction)",
                    "SPEC.md 2.3: m neurons sharing weights and delays reach (m+1)^d - m^d regions on a large enough box")
                : null,
        };
    }

    private static JsonObject Entry(BigInteger value, string kind, string source) => new()
    {
        ["value"] = value.ToString(CultureInfo.InvariantCulture),
        ["kind"] = kind,
        ["source"] = source,
    };
}
