using Expressivity.Domain.Numerics;
using Expressivity.Domain.SnnRegions.Sweep;

namespace Expressivity.Domain.SnnRegions.Relu;

/// <summary>
/// A feed-forward ReLU network with one output (seed 001, Definition 4): hidden layers z = σ(W v + b), then
/// an affine output w·v + c without activation. Exact rational parameters.
/// </summary>
public sealed record ReluNetwork
{
    /// <summary>Builds the network; throws <see cref="ArgumentException"/> when shapes do not chain or the output is not one row.</summary>
    public ReluNetwork(int inputs, IReadOnlyList<ReluLayer> layers)
    {
        if (inputs < 1) throw new ArgumentException("a ReLU network needs at least one input");
        if (layers.Count == 0 || layers[^1].Weights.Count != 1) throw new ArgumentException("the last layer must be one affine output");
        var width = inputs;
        foreach (var layer in layers)
        {
            if (layer.Weights.Any(row => row.Count != width) || layer.Biases.Count != layer.Weights.Count)
                throw new ArgumentException($"a layer after width {width} has mismatched weights or biases");
            width = layer.Weights.Count;
        }

        Inputs = inputs;
        Layers = layers.ToArray();
    }

    /// <summary>Input dimension d.</summary>
    public int Inputs { get; }

    /// <summary>Hidden layers (ReLU applied) and, last, the output layer (no activation).</summary>
    public IReadOnlyList<ReluLayer> Layers { get; }

    /// <summary>The realization at x, exactly.</summary>
    public BigRational Evaluate(IReadOnlyList<BigRational> x)
    {
        var v = x.ToArray();
        for (var l = 0; l < Layers.Count; l++)
        {
            var z = Layers[l].Apply(v);
            v = l + 1 < Layers.Count ? z.Select(Relu).ToArray() : z;
        }

        return v[0];
    }

    /// <summary>σ(t) = max(0, t).</summary>
    public static BigRational Relu(BigRational t) => t.Sign > 0 ? t : BigRational.Zero;

    /// <summary>
    /// A random network with the given hidden widths: weights k/4 in [−2, 2] \ {0}, biases k/4 in [−1, 1];
    /// a pure function of (seed, index).
    /// </summary>
    public static ReluNetwork Random(int inputs, IReadOnlyList<int> hidden, long seed, long index)
    {
        var random = SplitMix64.For(seed, index);
        var layers = new List<ReluLayer>();
        var width = inputs;
        foreach (var m in hidden.Append(1))
        {
            var weights = new BigRational[m][];
            var biases = new BigRational[m];
            for (var j = 0; j < m; j++)
            {
                weights[j] = new BigRational[width];
                for (var i = 0; i < width; i++)
                {
                    var k = random.Between(1, 8);
                    weights[j][i] = BigRational.Create(random.Between(0, 1) == 0 ? k : -k, 4);
                }

                biases[j] = BigRational.Create(random.Between(-4, 4), 4);
            }

            layers.Add(new ReluLayer(weights, biases));
            width = m;
        }

        return new ReluNetwork(inputs, layers);
    }
}

/// <summary>One layer's affine map W v + b.</summary>
/// <param name="Weights">One row per neuron.</param>
/// <param name="Biases">One bias per neuron.</param>
public sealed record ReluLayer(IReadOnlyList<IReadOnlyList<BigRational>> Weights, IReadOnlyList<BigRational> Biases)
{
    /// <summary>W v + b, exactly.</summary>
    public BigRational[] Apply(IReadOnlyList<BigRational> v) =>
        Weights.Select((row, j) => row.Select((w, i) => w * v[i]).Aggregate(Biases[j], (s, t) => s + t)).ToArray();

    /// <summary>W v + b as affine forms, given the inputs as affine forms.</summary>
    public AffineForm[] Apply(IReadOnlyList<AffineForm> v) =>
        Weights.Select((row, j) => row.Select((w, i) => w * v[i]).Aggregate((BigRational.Zero * v[0]) + Biases[j], (s, t) => s + t)).ToArray();
}
