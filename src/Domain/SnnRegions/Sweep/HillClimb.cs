using Expressivity.Domain.Numerics;

namespace Expressivity.Domain.SnnRegions.Sweep;

/// <summary>
/// Local search for networks with many regions: start from a random draw, then <c>steps</c> times change
/// one parameter by one grid step (or redraw a weight) and keep the change when the exact count does not
/// drop. Deterministic in (family, seed, restart, steps), so a report can replay the winner.
/// </summary>
public static class HillClimb
{
    /// <summary>The best network found by one restart and its exact region count.</summary>
    public static (SpikingNetwork Network, long Regions, long Evaluations) Run(
        RandomNetworks family, long seed, long restart, int steps, BigRational min, BigRational max)
    {
        var random = SplitMix64.For(seed, restart);
        var current = family.Draw(ref random);
        var best = Count(current, min, max);
        for (var s = 0; s < steps; s++)
        {
            var candidate = Mutate(family, current, ref random);
            if (candidate is null) continue;
            var regions = Count(candidate, min, max);
            if (regions < best) continue;
            current = candidate;
            best = regions;
        }

        return (current, best, steps + 1L);
    }

    private static long Count(SpikingNetwork network, BigRational min, BigRational max) =>
        RegionSearch.Count(network, min, max, checkJumps: false).Regions;

    /// <summary>One grid move on one parameter, or null when it would leave the grid.</summary>
    private static SpikingNetwork? Mutate(RandomNetworks family, SpikingNetwork network, ref SplitMix64 random)
    {
        var layer = random.Between(0, network.Layers.Count - 1);
        var index = random.Between(0, network.Layers[layer].Count - 1);
        var neuron = network.Layers[layer][index];
        var weights = neuron.Weights.ToArray();
        var delays = neuron.Delays.ToArray();
        var threshold = neuron.Threshold;
        var step = random.Between(0, 1) == 0 ? RandomNetworks.Step : -RandomNetworks.Step;
        var i = random.Between(0, neuron.Fanin - 1);
        switch (random.Between(0, 3))
        {
            case 0:
                weights[i] = family.Weight(ref random);
                break;
            case 1:
                weights[i] += step;
                if (weights[i].Abs() > 2 || weights[i].Sign == 0 || (!family.Mixed && weights[i].Sign < 0)) return null;
                break;
            case 2:
                delays[i] += step;
                if (delays[i].Sign < 0 || delays[i] > 1) return null;
                break;
            default:
                threshold += step;
                if (threshold < BigRational.Create(1, 2) || threshold > 2) return null;
                break;
        }

        var layers = network.Layers.Select(l => l.ToArray()).ToArray();
        layers[layer][index] = new SpikingNeuron(weights, delays, threshold);
        return new SpikingNetwork(network.Inputs, layers);
    }
}
