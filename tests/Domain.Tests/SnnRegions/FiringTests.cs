using Expressivity.Domain.Numerics;
using Expressivity.Domain.SnnRegions;
using Xunit;

namespace Expressivity.Domain.Tests.SnnRegions;

public class FiringTests
{
    private static BigRational R(double v) => BigRational.FromDouble(v);

    [Theory]
    [InlineData(-3, -2, 0b01)]
    [InlineData(-0.5, 0.25, 0b11)]
    [InlineData(0, 0.5, 0b11)]
    [InlineData(0.5, 0.75, 0b11)]
    [InlineData(3, 1, 0b10)]
    public void Example2FiringTimes(double x1, double expected, ulong causal)
    {
        // w = (1, 1), θ = 1, delays 0, x2 = 0 (SPEC.md 2.3).
        var network = SpikingNetwork.OneLayer(SpikingNeuron.Of(1, 1, 1));
        var firing = NetworkEvaluator.Evaluate(network, [R(x1), R(0)])[0][0];
        Assert.Equal(R(expected), firing.Time);
        Assert.Equal(causal, firing.CausalSet);
    }

    [Fact]
    public void NeverFiringIsAValueNotAnError()
    {
        // Only an inhibitory input: the potential never rises.
        var firing = Firing.Compute([R(-1)], R(1), [R(0)]);
        Assert.False(firing.Fires);
        Assert.Equal(CausalPattern.Never, firing.Pattern);
        // No input arrives at all.
        Assert.Equal(Firing.Never, Firing.Compute([R(2)], R(1), [null]));
        // A lone excitatory input after an inhibitory one that arrived early enough to keep P below θ.
        var late = Firing.Compute([R(1), R(-2)], R(1), [R(0), R(0.5)]);
        Assert.False(late.Fires);
    }

    [Fact]
    public void MixedSignWeightsJumpAtTheSpecExample()
    {
        // w = (1, −2, 5), θ = 1, inputs at (0, x, 2): about 2.25 just below x = 1, exactly 1 at x = 1.
        BigRational[] w = [R(1), R(-2), R(5)];
        var below = Firing.Compute(w, R(1), [R(0), R(1) - BigRational.Create(1, 1000), R(2)]);
        var at = Firing.Compute(w, R(1), [R(0), R(1), R(2)]);
        Assert.Equal(BigRational.Create(11, 4) - BigRational.Create(1, 2) + BigRational.Create(1, 2000), below.Time);
        Assert.Equal(R(1), at.Time);
        Assert.Equal(0b111UL, below.CausalSet);
        Assert.Equal(0b001UL, at.CausalSet);
    }

    [Fact]
    public void DelaysShiftArrivals()
    {
        // One input, w = 2, θ = 1, delay 3: fires 1/2 after arrival at x + 3.
        var neuron = new SpikingNeuron([R(2)], [R(3)], R(1));
        var network = new SpikingNetwork(1, [[neuron]]);
        Assert.Equal(R(3.5), NetworkEvaluator.Outputs(network, [R(0)])[0]);
        Assert.Equal(R(1.5), NetworkEvaluator.Outputs(network, [R(-2)])[0]);
    }

    [Fact]
    public void RejectsInvalidNeuronsAndNetworks()
    {
        Assert.Throws<ArgumentException>(() => new SpikingNeuron([R(1)], [R(0), R(0)], R(1)));
        Assert.Throws<ArgumentException>(() => new SpikingNeuron([R(1)], [R(-1)], R(1)));
        Assert.Throws<ArgumentException>(() => new SpikingNeuron([R(1)], [R(0)], R(0)));
        Assert.Throws<ArgumentException>(() => new SpikingNetwork(2, [[SpikingNeuron.Of(1, 1, 1, 1)]]));
    }
}
