using Expressivity.Domain.Numerics;
using Expressivity.Domain.SnnRegions;
using Xunit;

namespace Expressivity.Domain.Tests.SnnRegions;

/// <summary>The public numbers of SPEC.md 2.3, computed by the exact region search.</summary>
public class PublicChecksTests
{
    private static readonly BigRational Large = 1000;

    private static BigRational R(double v) => BigRational.FromDouble(v);

    private static double Draw(Random random, double lo, double hi) =>
        Math.Round(lo + (hi - lo) * random.NextDouble(), 3); // a few decimals keep the rationals small

    private static SpikingNeuron RandomNeuron(Random random, int d, double lo, double hi, bool delays) =>
        new(Enumerable.Range(0, d).Select(_ => R(Draw(random, lo, hi))).ToArray(),
            Enumerable.Range(0, d).Select(_ => delays ? R(Draw(random, 0, 2)) : BigRational.Zero).ToArray(),
            R(Draw(random, 0.5, 2)));

    [Fact]
    public void Theorem4PositiveWeightsReachTheMaximum()
    {
        var random = new Random(4);
        for (var d = 1; d <= 8; d++)
        {
            var network = SpikingNetwork.OneLayer(RandomNeuron(random, d, 0.25, 2, delays: true));
            var result = RegionSearch.Count(network, -Large, Large);
            Assert.Equal((1L << d) - 1, result.Regions);
            Assert.Equal(0, result.SilentRegions);
            Assert.Null(result.Jump);
        }
    }

    [Fact]
    public void Theorem4MixedSignsCountSubsetsWithPositiveWeight()
    {
        var random = new Random(7);
        var sawNegative = 0;
        for (var trial = 0; trial < 12; trial++)
        {
            var d = 2 + trial % 3;
            var neuron = RandomNeuron(random, d, -2, 2, delays: trial % 2 == 0);
            if (neuron.HasNegativeWeight) sawNegative++;
            var positiveSubsets = Enumerable.Range(1, (1 << d) - 1)
                .Count(m => Enumerable.Range(0, d).Where(i => (m >> i & 1) != 0).Aggregate(BigRational.Zero, (s, i) => s + neuron.Weights[i]).Sign > 0);
            var result = RegionSearch.Count(SpikingNetwork.OneLayer(neuron), -Large, Large, checkJumps: false);
            Assert.Equal(positiveSubsets, result.Regions - result.SilentRegions);
        }

        Assert.True(sawNegative >= 8);
    }

    [Fact]
    public void Example3TwoOutputsOnTwoInputsGiveAtMostFive()
    {
        var random = new Random(3);
        var best = 0L;
        for (var trial = 0; trial < 40; trial++)
        {
            var network = SpikingNetwork.OneLayer(RandomNeuron(random, 2, 0.25, 2, true), RandomNeuron(random, 2, 0.25, 2, true));
            var regions = RegionSearch.Count(network, -Large, Large).Regions;
            Assert.InRange(regions, 3, 5);
            best = Math.Max(best, regions);
        }

        Assert.Equal(5, best);
    }

    [Theory]
    [InlineData(2, 2, 5)]
    [InlineData(3, 2, 19)]
    [InlineData(2, 3, 7)]
    public void SharedWeightsGiveTheClosedForm(int d, int m, long expected)
    {
        // Same weights (and delays) for all m outputs, distinct thresholds: (m+1)^d − m^d regions.
        var random = new Random(d * 10 + m);
        var weights = Enumerable.Range(0, d).Select(_ => R(Draw(random, 0.5, 2))).ToArray();
        var delays = Enumerable.Range(0, d).Select(_ => R(Draw(random, 0, 1))).ToArray();
        var outputs = Enumerable.Range(1, m).Select(k => new SpikingNeuron(weights, delays, R(k))).ToArray();
        Assert.Equal(expected, RegionSearch.Count(SpikingNetwork.OneLayer(outputs), -Large, Large).Regions);
        Assert.Equal(expected, (long)(Math.Pow(m + 1, d) - Math.Pow(m, d)));
    }
}
