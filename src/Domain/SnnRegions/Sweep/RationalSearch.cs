using Expressivity.Domain.Numerics;
using Expressivity.Domain.SnnRegions.Refinement;

namespace Expressivity.Domain.SnnRegions.Sweep;

/// <summary>
/// The maximal-count search off the 1/8 grid (issue 10, item 5): start from a network with random rational
/// parameters (multiples of 1/1024: weights in (0, 2], or ±, delays in [0, 1], thresholds in [1/2, 2]), then
/// repeatedly move one parameter by ±k/2^s for a random scale s in 2..10 (coarse and fine moves) and keep
/// the move when the exact pattern count (refinement) does not drop. Every count is exact; the search is
/// a heuristic, so its best is a lower bound on the maximum. Deterministic in (shape, seed, restart, steps).
/// </summary>
public static class RationalSearch
{
    /// <summary>Parameters are multiples of this.</summary>
    public static readonly BigRational Quantum = BigRational.Create(1, 1024);

    /// <summary>The best network of one restart with its exact counts.</summary>
    /// <param name="Network">The network.</param>
    /// <param name="Regions">Its activation patterns (the objective).</param>
    /// <param name="LinearRegions">Its linear regions (seed 001's notion).</param>
    /// <param name="AffineMaps">Its distinct affine output maps.</param>
    /// <param name="Evaluations">Networks counted.</param>
    public sealed record Outcome(SpikingNetwork Network, long Regions, long LinearRegions, long AffineMaps, long Evaluations);

    /// <summary>One restart of <paramref name="steps"/> moves on networks of the given shape, box [min, max]^d.</summary>
    public static Outcome Run(int inputs, IReadOnlyList<int> widths, bool mixed, long seed, long restart, int steps, BigRational min, BigRational max)
    {
        var random = SplitMix64.For(seed, restart);
        var current = Draw(inputs, widths, mixed, ref random);
        var best = Count(current, min, max);
        for (var s = 0; s < steps; s++)
        {
            var candidate = Move(current, mixed, ref random);
            var count = Count(candidate, min, max);
            if (count.Regions < best.Regions) continue;
            (current, best) = (candidate, count);
        }

        var (linear, maps) = OutputMaps.Count(RegionRefinement.Regions(current, min, max));
        return new Outcome(current, best.Regions, linear, maps, steps + 1L);
    }

    private static RefinementCount Count(SpikingNetwork network, BigRational min, BigRational max) =>
        RefinementCount.Of(RegionRefinement.Regions(network, min, max));

    private static SpikingNetwork Draw(int inputs, IReadOnlyList<int> widths, bool mixed, ref SplitMix64 random)
    {
        var layers = new List<IReadOnlyList<SpikingNeuron>>();
        var fanin = inputs;
        foreach (var width in widths)
        {
            var layer = new SpikingNeuron[width];
            for (var j = 0; j < width; j++)
            {
                var weights = new BigRational[fanin];
                var delays = new BigRational[fanin];
                for (var i = 0; i < fanin; i++)
                {
                    weights[i] = Units(ref random, 1, 2048) * (mixed && random.Between(0, 1) == 1 ? -1 : 1);
                    delays[i] = Units(ref random, 0, 1024);
                }

                layer[j] = new SpikingNeuron(weights, delays, Units(ref random, 512, 2048));
            }

            layers.Add(layer);
            fanin = width;
        }

        return new SpikingNetwork(inputs, layers);
    }

    /// <summary>One parameter moved by ±k/2^s (k in 1..8, s in 2..10), clamped into its range.</summary>
    private static SpikingNetwork Move(SpikingNetwork network, bool mixed, ref SplitMix64 random)
    {
        var layer = random.Between(0, network.Layers.Count - 1);
        var index = random.Between(0, network.Layers[layer].Count - 1);
        var neuron = network.Layers[layer][index];
        var weights = neuron.Weights.ToArray();
        var delays = neuron.Delays.ToArray();
        var threshold = neuron.Threshold;
        var step = BigRational.Create(random.Between(1, 8), 1L << random.Between(2, 10)) * (random.Between(0, 1) == 0 ? 1 : -1);
        var i = random.Between(0, neuron.Fanin - 1);
        switch (random.Between(0, 2))
        {
            case 0:
                var w = weights[i] + step;
                // Positive networks keep weights in (0, 2]; mixed ones in [−2, 2] without 0.
                weights[i] = Clamp(w, mixed ? -2 : Quantum, 2);
                if (weights[i].Sign == 0) weights[i] = step.Sign > 0 ? Quantum : -Quantum;
                break;
            case 1:
                delays[i] = Clamp(delays[i] + step, 0, 1);
                break;
            default:
                threshold = Clamp(threshold + step, BigRational.Create(1, 2), 2);
                break;
        }

        var layers = network.Layers.Select(l => l.ToArray()).ToArray();
        layers[layer][index] = new SpikingNeuron(weights, delays, threshold);
        return new SpikingNetwork(network.Inputs, layers);
    }

    private static BigRational Units(ref SplitMix64 random, int lo, int hi) => random.Between(lo, hi) * Quantum;

    private static BigRational Clamp(BigRational v, BigRational lo, BigRational hi) => v < lo ? lo : v > hi ? hi : v;
}
