using System.Text.Json;
using System.Text.Json.Nodes;
using Expressivity.Domain.Numerics;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Domain.SnnRegions.Sweep;

/// <summary>
/// The <c>network</c> object of an snn-regions spec: <c>{"inputs": d, "layers": [[{"weights": [..],
/// "delays": [..], "threshold": θ}, ..], ..]}</c>. Numbers are taken as exact binary fractions; delays
/// default to zeros. Errors name the field, e.g. <c>network.layers[0][1].weights</c>.
/// </summary>
public static class NetworkJson
{
    /// <summary>Largest input dimension an explicit network may have (the search is exponential in it).</summary>
    public const int MaxInputs = 24;

    /// <summary>Reads and validates a network object.</summary>
    public static SpikingNetwork Read(SpecObject spec)
    {
        var inputs = (int)spec.Integer("inputs", 1, MaxInputs);
        var layersField = spec.FieldPath("layers");
        var layers = spec.Array("layers");
        if (layers.Count == 0) throw new SpecException(layersField, "needs at least one layer");
        var width = inputs;
        var result = new List<IReadOnlyList<SpikingNeuron>>();
        for (var l = 0; l < layers.Count; l++)
        {
            var path = $"{layersField}[{l}]";
            if (layers[l].ValueKind != JsonValueKind.Array) throw new SpecException(path, $"expected an array of neurons, got {SpecObject.Describe(layers[l])}");
            var neurons = layers[l].EnumerateArray().ToList();
            if (neurons.Count is 0 or > 63) throw new SpecException(path, $"a layer needs 1..63 neurons, got {neurons.Count}");
            result.Add(neurons.Select((n, j) => ReadNeuron(new SpecObject(n, $"{path}[{j}]"), width)).ToArray());
            width = neurons.Count;
        }

        spec.EnsureNoUnknownFields();
        return new SpikingNetwork(inputs, result);
    }

    /// <summary>The network as spec JSON (numbers as doubles; exact for values that came from doubles or dyadic grids).</summary>
    public static JsonObject Write(SpikingNetwork network) => new()
    {
        ["inputs"] = network.Inputs,
        ["layers"] = new JsonArray(network.Layers.Select(layer => (JsonNode)new JsonArray(layer.Select(n => (JsonNode)new JsonObject
        {
            ["weights"] = Numbers(n.Weights),
            ["delays"] = Numbers(n.Delays),
            ["threshold"] = n.Threshold.ToDouble(),
        }).ToArray())).ToArray()),
    };

    private static JsonArray Numbers(IEnumerable<BigRational> values) => new(values.Select(v => (JsonNode)v.ToDouble()).ToArray());

    private static SpikingNeuron ReadNeuron(SpecObject neuron, int fanin)
    {
        var weights = ReadNumbers(neuron, "weights", fanin);
        var delays = neuron.Has("delays") ? ReadNumbers(neuron, "delays", fanin) : Enumerable.Repeat(BigRational.Zero, fanin).ToArray();
        for (var i = 0; i < delays.Length; i++)
        {
            if (delays[i].Sign < 0) throw new SpecException($"{neuron.FieldPath("delays")}[{i}]", "a delay must be >= 0");
        }

        var threshold = neuron.Number("threshold");
        if (threshold <= 0) throw new SpecException(neuron.FieldPath("threshold"), "must be > 0");
        neuron.EnsureNoUnknownFields();
        return new SpikingNeuron(weights, delays, BigRational.FromDouble(threshold));
    }

    private static BigRational[] ReadNumbers(SpecObject neuron, string name, int expected)
    {
        var values = neuron.Array(name);
        var path = neuron.FieldPath(name);
        if (values.Count != expected) throw new SpecException(path, $"expected {expected} entries (one per input of the layer), got {values.Count}");
        return values.Select((v, i) => v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out var d) && double.IsFinite(d)
            ? BigRational.FromDouble(d)
            : throw new SpecException($"{path}[{i}]", $"expected a finite number, got {SpecObject.Describe(v)}")).ToArray();
    }
}
