using Expressivity.Domain.Numerics;
using Expressivity.Domain.SnnRegions;
using Expressivity.Domain.SnnRegions.Refinement;
using Expressivity.Domain.SnnRegions.Sweep;
using Xunit;

namespace Expressivity.Domain.Tests.SnnRegions.Refinement;

/// <summary>linearRegions and affineMaps against dense sampling of the output map, and the two cell kinds against each other.</summary>
public class OutputMapsTests
{
    [Theory]
    [InlineData(new[] { 3 })]
    [InlineData(new[] { 3, 2 })]
    [InlineData(new[] { 4, 2 })]
    [InlineData(new[] { 2, 2, 1 })]
    public void TwoInputCountsMatchDenseSampling(int[] widths)
    {
        var family = new RandomNetworks(2, widths, Mixed: false);
        for (var draw = 0; draw < 3; draw++)
        {
            var network = family.Draw(3, draw);
            var (linear, maps) = OutputMaps.Count(RegionRefinement.Regions(network, -3, 3));
            var (sampledLinear, sampledMaps) = Sampled(network, width: 6, samples: 3000);
            Assert.Equal(sampledLinear, linear);
            Assert.Equal(sampledMaps, maps);
        }
    }

    [Theory]
    [InlineData(new[] { 3 }, false)]
    [InlineData(new[] { 2, 2 }, false)]
    [InlineData(new[] { 3 }, true)]
    [InlineData(new[] { 2, 2 }, true)]
    public void PolygonsAndPolytopesAgree(int[] widths, bool mixed)
    {
        var family = new RandomNetworks(3, widths, mixed);
        for (var draw = 0; draw < 2; draw++)
        {
            var network = family.Draw(5, draw);
            var polygons = RegionRefinement.Regions(network, -3, 3);
            var polytopes = RegionRefinement.Regions(network, -3, 3, polytope: true);
            Assert.Equal(RefinementCount.Of(polygons).Regions, RefinementCount.Of(polytopes).Regions);
            Assert.Equal(OutputMaps.Count(polygons), OutputMaps.Count(polytopes));
        }
    }

    [Fact]
    public void Example2HasThreeLinearRegionsAndThreeMaps()
    {
        var regions = RegionRefinement.Regions(SpikingNetwork.OneLayer(SpikingNeuron.Of(1, 1, 1)), -10, 10);
        Assert.Equal((3L, 3L), OutputMaps.Count(regions));
    }

    [Fact]
    public void AHiddenNeuronThatDoesNotReachTheOutputAddsPatternsButNotLinearRegions()
    {
        // The output reads only hidden neuron 0 (weight of neuron 1 is 0): neuron 1's three patterns multiply
        // the regions, but the output map is neuron 0's, with its own three pieces.
        var hidden0 = SpikingNeuron.Of(1, 1, 1);
        var hidden1 = SpikingNeuron.Of(2, 1, 3);
        var output = SpikingNeuron.Of(1, 1, 0);
        var network = new SpikingNetwork(2, [[hidden0, hidden1], [output]]);
        var regions = RegionRefinement.Regions(network, -10, 10);
        Assert.True(RefinementCount.Of(regions).Regions > 3);
        Assert.Equal((3L, 3L), OutputMaps.Count(regions));
    }

    /// <summary>
    /// Samples the output on the quotient interval (−w, w) (input (u, 0)) and counts maximal runs of two or
    /// more sample steps with equal slopes: a run is a linear piece (a kink strictly inside a step gives that
    /// step a slope of its own, which is no run), and its (slope, intercept) an affine map.
    /// </summary>
    private static (long Linear, long Maps) Sampled(SpikingNetwork network, int width, int samples)
    {
        var h = BigRational.Create(2 * width, samples);
        var points = Enumerable.Range(1, samples - 1).Select(k => -width + k * h).ToArray();
        var values = points.Select(u => NetworkEvaluator.Outputs(network, [u, 0]).Select(t => t!.Value).ToArray()).ToArray();
        var slopes = Enumerable.Range(0, points.Length - 1).Select(k => values[k + 1].Zip(values[k], (a, b) => (a - b) / h).ToArray()).ToArray();
        var runs = 0L;
        var maps = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < slopes.Length;)
        {
            var end = k;
            while (end + 1 < slopes.Length && slopes[end + 1].SequenceEqual(slopes[k])) end++;
            if (end > k)
            {
                runs++;
                maps.Add(string.Join(";", slopes[k].Select((s, o) => $"{s}|{values[k][o] - s * points[k]}")));
            }

            k = end + 1;
        }

        return (runs, maps.Count);
    }
}
