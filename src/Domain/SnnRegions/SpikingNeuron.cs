using Expressivity.Domain.Numerics;

namespace Expressivity.Domain.SnnRegions;

/// <summary>
/// One spiking neuron (SPEC.md 2.1): a weight and a delay per input synapse and a threshold θ &gt; 0.
/// Values are exact rationals; the spec file's doubles convert exactly (binary fractions).
/// </summary>
public sealed record SpikingNeuron
{
    /// <summary>Builds a neuron; throws <see cref="ArgumentException"/> on mismatched lengths, negative delays or θ &lt;= 0.</summary>
    public SpikingNeuron(IReadOnlyList<BigRational> weights, IReadOnlyList<BigRational> delays, BigRational threshold)
    {
        if (weights.Count != delays.Count) throw new ArgumentException($"{weights.Count} weights but {delays.Count} delays");
        if (delays.Any(d => d.Sign < 0)) throw new ArgumentException("delays must be >= 0");
        if (threshold.Sign <= 0) throw new ArgumentException("threshold must be > 0");
        Weights = weights.ToArray();
        Delays = delays.ToArray();
        Threshold = threshold;
    }

    /// <summary>Synaptic weight per input (any sign).</summary>
    public IReadOnlyList<BigRational> Weights { get; }

    /// <summary>Synaptic delay per input, &gt;= 0.</summary>
    public IReadOnlyList<BigRational> Delays { get; }

    /// <summary>Firing threshold θ &gt; 0.</summary>
    public BigRational Threshold { get; }

    /// <summary>Number of input synapses.</summary>
    public int Fanin => Weights.Count;

    /// <summary>True when some weight is negative (firing times may then jump; SPEC.md 2.2).</summary>
    public bool HasNegativeWeight => Weights.Any(w => w.Sign < 0);

    /// <summary>A neuron with zero delays, from doubles taken as exact binary fractions.</summary>
    public static SpikingNeuron Of(double threshold, params double[] weights) =>
        new(weights.Select(BigRational.FromDouble).ToArray(), weights.Select(_ => BigRational.Zero).ToArray(), BigRational.FromDouble(threshold));
}
