using Expressivity.Domain.Numerics;

namespace Expressivity.Domain.SnnRegions.Sweep;

/// <summary>
/// The parameter grid random draws and searches use, all multiples of 1/8 (exact binary fractions):
/// |weight| in [1/8, 2], delay in [0, 1], threshold in [1/2, 2]. With <see cref="Mixed"/> each weight's
/// sign is drawn too (an all-negative neuron is allowed: it never fires).
/// </summary>
/// <param name="Inputs">Input dimension d.</param>
/// <param name="Widths">Neurons per layer, first to last.</param>
/// <param name="Mixed">False: positive weights; true: each weight's sign drawn.</param>
public sealed record RandomNetworks(int Inputs, IReadOnlyList<int> Widths, bool Mixed)
{
    /// <summary>Grid step of every parameter.</summary>
    public static readonly BigRational Step = BigRational.Create(1, 8);

    /// <summary>The network of draw <paramref name="index"/> for <paramref name="seed"/>: a pure function of both.</summary>
    public SpikingNetwork Draw(long seed, long index)
    {
        var random = SplitMix64.For(seed, index);
        return Draw(ref random);
    }

    /// <summary>A network from the given generator.</summary>
    public SpikingNetwork Draw(ref SplitMix64 random)
    {
        var layers = new List<IReadOnlyList<SpikingNeuron>>();
        var fanin = Inputs;
        foreach (var width in Widths)
        {
            var layer = new SpikingNeuron[width];
            for (var j = 0; j < width; j++)
            {
                var weights = new BigRational[fanin];
                var delays = new BigRational[fanin];
                for (var i = 0; i < fanin; i++)
                {
                    weights[i] = Weight(ref random);
                    delays[i] = random.Between(0, 8) * Step;
                }

                layer[j] = new SpikingNeuron(weights, delays, random.Between(4, 16) * Step);
            }

            layers.Add(layer);
            fanin = width;
        }

        return new SpikingNetwork(Inputs, layers);
    }

    /// <summary>A random weight from the grid.</summary>
    public BigRational Weight(ref SplitMix64 random)
    {
        var magnitude = random.Between(1, 16) * Step;
        return Mixed && random.Between(0, 1) == 1 ? -magnitude : magnitude;
    }
}
