using Expressivity.Domain.Numerics;
using Expressivity.Domain.SnnRegions;
using Expressivity.Domain.SnnRegions.Refinement;
using Expressivity.Domain.SnnRegions.Relu;
using Xunit;

namespace Expressivity.Domain.Tests.SnnRegions.Relu;

/// <summary>Seed 001's Theorem 2, Theorem 3 and Example 1, built and compared exactly (every piece, every vertex).</summary>
public class SeedConstructionTests
{
    private static BigRational Q(long p, long q = 1) => BigRational.Create(p, q);

    [Theory]
    [InlineData(-1, 1, 1)]
    [InlineData(-3, 2, 1)]
    [InlineData(-1, 5, 2)]
    public void Theorem2TwoLayersRealizeReluExactly(long a, long b, long den)
    {
        var (lo, hi) = (Q(a, den), Q(b, den));
        var snn = SeedConstructions.Theorem2(lo, hi);
        Assert.Equal(2, snn.Network.Layers.Count);
        var check = RealizationCheck.Compare(snn, SeedConstructions.Relu(), lo, hi);
        Assert.True(check.Equal, check.Mismatch);
        Assert.Equal(2, check.Pieces); // x ≤ 0 and x ≥ 0
        Assert.Equal(Q(0), snn.Evaluate([lo]));
        Assert.Equal(Q(0), snn.Evaluate([Q(0)]));
        Assert.Equal(Q(1, 3), snn.Evaluate([Q(1, 3)]));
        Assert.Equal(hi, snn.Evaluate([hi]));
    }

    [Fact]
    public void WithPositiveWeightsTheTheorem2NetworkIsNoLongerRelu()
    {
        // Flip the inhibitory weights to +1: the firing time becomes concave and the check finds the difference.
        var snn = SeedConstructions.Theorem2(-1, 1);
        var positive = snn.Network.Layers.Select(l => l.Select(n => new SpikingNeuron(n.Weights.Select(w => w.Abs()).ToArray(), n.Delays, n.Threshold)).ToArray()).ToArray();
        var broken = snn with { Network = new SpikingNetwork(2, positive) };
        Assert.False(RealizationCheck.Compare(broken, SeedConstructions.Relu(), -1, 1).Equal);
    }

    [Theory]
    [InlineData(1, new[] { 2 })]
    [InlineData(1, new[] { 3, 2 })]
    [InlineData(2, new[] { 2 })]
    [InlineData(2, new[] { 3 })]
    [InlineData(2, new[] { 2, 2 })]
    public void Theorem3EmulatesRandomReluNetworksExactly(int inputs, int[] hidden)
    {
        for (var draw = 0; draw < 3; draw++)
        {
            var relu = ReluNetwork.Random(inputs, hidden, 17, draw);
            var snn = ReluEmulation.Build(relu, -1, 2);
            Assert.Equal((2 * hidden.Length) + 1, snn.Depth);
            Assert.Equal(inputs + 1, snn.Network.Inputs); // plus the auxiliary input
            var check = RealizationCheck.Compare(snn, relu, -1, 2);
            Assert.True(check.Equal, check.Mismatch);
            Assert.True(check.Pieces >= 1 && check.Points >= 3 * check.Pieces);
        }
    }

    [Fact]
    public void Theorem3OnAKnownNetworkGivesKnownValues()
    {
        // R(x) = σ(x1 − x2) − σ(x2 − 1/2) + 1/4 on [−1, 2]².
        var relu = new ReluNetwork(2, [
            new ReluLayer([[1, -1], [0, 1]], [0, Q(-1, 2)]),
            new ReluLayer([[1, -1]], [Q(1, 4)]),
        ]);
        var snn = ReluEmulation.Build(relu, -1, 2);
        Assert.Equal(Q(1, 4), snn.Evaluate([Q(0), Q(0)]));
        Assert.Equal(Q(9, 4), snn.Evaluate([Q(2), Q(0)]));
        Assert.Equal(Q(-5, 4), snn.Evaluate([Q(-1), Q(2)]));
        var check = RealizationCheck.Compare(snn, relu, -1, 2);
        Assert.True(check.Equal, check.Mismatch);
        // The ReLU network has 4 pieces in the box (its break lines cross inside); the SNN's pattern cells cut
        // them further (a zero-weight input arriving before or after a firing changes the pattern, not the time).
        Assert.Equal(23, check.Pieces);
    }

    [Fact]
    public void TheCheckFindsAWrongBias()
    {
        var relu = ReluNetwork.Random(2, [2], 17, 0);
        var snn = ReluEmulation.Build(relu, -1, 2);
        var output = relu.Layers[^1];
        var shifted = new ReluNetwork(2, [relu.Layers[0], new ReluLayer(output.Weights, [output.Biases[0] + Q(1, 1000)])]);
        Assert.False(RealizationCheck.Compare(snn, shifted, -1, 2).Equal);
    }

    [Fact]
    public void Example1OneNeuronRealizesTheFunctionAFourUnitReluNetworkNeeds()
    {
        var theta = Q(1);
        var snn = SeedConstructions.Example1(theta);
        Assert.Equal(2, snn.Network.Inputs);
        Assert.Single(snn.Network.Layers);
        Assert.Single(snn.Network.Layers[0]);
        var relu = SeedConstructions.Example1Relu(theta, -2);
        Assert.Equal(4, relu.Layers.Sum(l => l.Weights.Count)); // three hidden units and the output
        var check = RealizationCheck.Compare(snn, relu, -2, 2);
        Assert.True(check.Equal, check.Mismatch);
        // min(x1, x2, (x1 + x2 − θ)/2): −1/2 at 0, −2 at (2, −2), 1/4 at (1, 1/2).
        Assert.Equal(Q(-1, 2), snn.Evaluate([Q(0), Q(0)]));
        Assert.Equal(Q(-2), snn.Evaluate([Q(2), Q(-2)]));
        Assert.Equal(Q(1, 4), snn.Evaluate([Q(1), Q(1, 2)]));
        // Three linear regions separated by the parallel lines x1 − x2 = ±θ.
        Assert.Equal((3L, 3L), OutputMaps.Count(RegionRefinement.Regions(snn.Network, -2, 2)));
    }
}
