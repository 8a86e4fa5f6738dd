using Expressivity.Domain.Numerics;

namespace Expressivity.Domain.SnnRegions;

/// <summary>Exact forward evaluation of a <see cref="SpikingNetwork"/> at one input point.</summary>
public static class NetworkEvaluator
{
    /// <summary>Every neuron's firing, layer by layer; input i fires at t_i = x_i.</summary>
    public static IReadOnlyList<IReadOnlyList<Firing>> Evaluate(SpikingNetwork network, IReadOnlyList<BigRational> x)
    {
        if (x.Count != network.Inputs) throw new ArgumentException($"expected {network.Inputs} inputs, got {x.Count}");
        var times = x.Select(v => (BigRational?)v).ToArray();
        var result = new List<IReadOnlyList<Firing>>();
        foreach (var layer in network.Layers)
        {
            var firings = layer.Select(n => Firing.Compute(n.Weights, n.Threshold, Arrivals(n, times))).ToArray();
            result.Add(firings);
            times = firings.Select(f => f.Time).ToArray();
        }

        return result;
    }

    /// <summary>The causal pattern of every neuron, in layer order (the tuple a region is named by).</summary>
    public static CausalPattern[] Patterns(SpikingNetwork network, IReadOnlyList<BigRational> x) =>
        Evaluate(network, x).SelectMany(l => l.Select(f => f.Pattern)).ToArray();

    /// <summary>The output layer's firing times (null = never).</summary>
    public static BigRational?[] Outputs(SpikingNetwork network, IReadOnlyList<BigRational> x) =>
        Evaluate(network, x)[^1].Select(f => f.Time).ToArray();

    private static BigRational?[] Arrivals(SpikingNeuron neuron, BigRational?[] times) =>
        times.Select((t, i) => t is { } v ? v + neuron.Delays[i] : (BigRational?)null).ToArray();
}
