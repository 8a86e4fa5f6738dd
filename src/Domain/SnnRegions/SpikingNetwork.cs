namespace Expressivity.Domain.SnnRegions;

/// <summary>
/// A layered feed-forward spiking network: <see cref="Inputs"/> input neurons firing at t_i = x_i, then
/// layers whose neurons each take every neuron of the previous layer as input. The last layer is the output.
/// </summary>
public sealed record SpikingNetwork
{
    /// <summary>Builds a network; throws <see cref="ArgumentException"/> when a neuron's fan-in does not match the previous layer.</summary>
    public SpikingNetwork(int inputs, IReadOnlyList<IReadOnlyList<SpikingNeuron>> layers)
    {
        if (inputs < 1 || inputs > 64) throw new ArgumentException("inputs must be in [1, 64]"); // a causal set is a 64-bit mask
        if (layers.Count == 0) throw new ArgumentException("a network needs at least one layer");
        var width = inputs;
        for (var l = 0; l < layers.Count; l++)
        {
            if (layers[l].Count == 0 || layers[l].Count > 64) throw new ArgumentException($"layer {l} must have 1..64 neurons");
            if (layers[l].Any(n => n.Fanin != width)) throw new ArgumentException($"layer {l}: every neuron needs {width} weights");
            width = layers[l].Count;
        }

        Inputs = inputs;
        Layers = layers.Select(l => (IReadOnlyList<SpikingNeuron>)l.ToArray()).ToArray();
    }

    /// <summary>Input dimension d.</summary>
    public int Inputs { get; }

    /// <summary>The layers, first to last (output).</summary>
    public IReadOnlyList<IReadOnlyList<SpikingNeuron>> Layers { get; }

    /// <summary>Total number of (non-input) neurons.</summary>
    public int NeuronCount => Layers.Sum(l => l.Count);

    /// <summary>True when some weight anywhere is negative.</summary>
    public bool HasNegativeWeight => Layers.Any(l => l.Any(n => n.HasNegativeWeight));

    /// <summary>A one-layer network.</summary>
    public static SpikingNetwork OneLayer(params SpikingNeuron[] outputs) => new(outputs[0].Fanin, [outputs]);
}
