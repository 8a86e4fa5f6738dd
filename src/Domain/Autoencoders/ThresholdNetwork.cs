namespace Expressivity.Domain.Autoencoders;

/// <summary>
/// A layered Boolean threshold network (SPEC 4): every node of a layer is a threshold function of the
/// previous layer only. Size counts all non-input nodes, depth the layers after the input, width the
/// largest layer strictly between input and output.
/// </summary>
public sealed class ThresholdNetwork
{
    /// <summary>A network on <paramref name="inputs"/> inputs; the last layer is the output.</summary>
    public ThresholdNetwork(int inputs, IReadOnlyList<IReadOnlyList<ThresholdUnit>> layers)
    {
        if (inputs < 0) throw new ArgumentOutOfRangeException(nameof(inputs));
        if (layers.Count == 0) throw new ArgumentException("a network needs at least an output layer", nameof(layers));
        var width = inputs;
        for (var l = 0; l < layers.Count; l++)
        {
            if (layers[l].Count == 0) throw new ArgumentException($"layer {l} is empty", nameof(layers));
            foreach (var unit in layers[l])
            {
                if (unit.Weights.Length != width) throw new ArgumentException($"a unit of layer {l} has {unit.Weights.Length} weights, expected {width}", nameof(layers));
            }

            width = layers[l].Count;
        }

        Inputs = inputs;
        Layers = layers;
    }

    /// <summary>Input count.</summary>
    public int Inputs { get; }

    /// <summary>The layers, input side first; the last is the output layer.</summary>
    public IReadOnlyList<IReadOnlyList<ThresholdUnit>> Layers { get; }

    /// <summary>Output count.</summary>
    public int Outputs => Layers[^1].Count;

    /// <summary>Nodes excluding inputs.</summary>
    public int Size => Layers.Sum(l => l.Count);

    /// <summary>Layers after the input.</summary>
    public int Depth => Layers.Count;

    /// <summary>Largest hidden layer (0 when the outputs read the inputs directly).</summary>
    public int Width => Layers.Count == 1 ? 0 : Layers.Take(Layers.Count - 1).Max(l => l.Count);

    /// <summary>The output values for one input vector.</summary>
    public bool[] Evaluate(ReadOnlySpan<bool> input)
    {
        if (input.Length != Inputs) throw new ArgumentException($"network has {Inputs} inputs but got {input.Length}", nameof(input));
        var values = input.ToArray();
        foreach (var layer in Layers)
        {
            var next = new bool[layer.Count];
            for (var u = 0; u < layer.Count; u++) next[u] = layer[u].Fire(values);
            values = next;
        }

        return values;
    }

    /// <summary>The outputs for an input given as bits (bit i = input i), packed the same way; at most 64 each side.</summary>
    public ulong Evaluate(ulong input)
    {
        if (Inputs > 64 || Outputs > 64) throw new InvalidOperationException("packed evaluation needs at most 64 inputs and outputs");
        var bits = new bool[Inputs];
        for (var i = 0; i < Inputs; i++) bits[i] = (input >> i & 1) != 0;
        var output = Evaluate(bits);
        ulong packed = 0;
        for (var j = 0; j < output.Length; j++)
        {
            if (output[j]) packed |= 1UL << j;
        }

        return packed;
    }
}
