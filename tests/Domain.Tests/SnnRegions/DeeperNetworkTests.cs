using Expressivity.Domain.Numerics;
using Expressivity.Domain.SnnRegions;
using Xunit;

namespace Expressivity.Domain.Tests.SnnRegions;

public class DeeperNetworkTests
{
    private static BigRational R(double v) => BigRational.FromDouble(v);

    /// <summary>
    /// Theorem 2's two-layer ReLU, our construction: input 2 is the reference (x2 = 0). Layer 1 copies each
    /// input (fires at x_i + 1), twice. The output adds each copy with weight w and subtracts it δ later, so
    /// each input alone lifts the potential by at most wδ = 1 &lt; θ = 1.5: it fires δ/2 after the later input,
    /// i.e. at max(x1, x2) + 1 + δ/2 whenever |x1 − x2| &gt;= δ, and within δ/2 of that in between.
    /// </summary>
    private static SpikingNetwork Relu(BigRational delta)
    {
        var copy1 = new SpikingNeuron([1, 0], [0, 0], 1);
        var copy2 = new SpikingNeuron([0, 1], [0, 0], 1);
        var w = BigRational.One / delta;
        var output = new SpikingNeuron([w, -w, w, -w], [0, delta, 0, delta], BigRational.Create(3, 2));
        return new SpikingNetwork(2, [[copy1, copy1, copy2, copy2], [output]]);
    }

    [Fact]
    public void TwoLayersRealiseReluToOneNanosecond()
    {
        var delta = BigRational.Create(1, 1L << 31);
        var network = Relu(delta);
        var offset = 1 + delta / 2;
        var bound = BigRational.Create(1, 1_000_000_000);
        var points = Enumerable.Range(0, 501).Select(i => BigRational.Create(i - 200, 100))
            .Concat([BigRational.Zero, delta / 3, -delta / 3, delta, -delta]);
        foreach (var x in points)
        {
            var t = NetworkEvaluator.Outputs(network, [x, 0])[0]!.Value;
            var relu = BigRational.Max(x, 0);
            Assert.True((t - offset - relu).Abs() <= bound, $"x = {x}: {t - offset} vs {relu}");
            if (x.Abs() >= delta) Assert.Equal(relu, t - offset);
        }
    }

    [Fact]
    public void ReluNetworkRegionsAreCheckedAndContinuous()
    {
        var network = Relu(BigRational.Create(1, 4));
        var result = RegionSearch.Count(network, -4, 4, record: true);
        Assert.Null(result.Jump);
        Assert.Equal(0, result.SilentRegions);
        AssertSamplingFindsExactly(network, result, 4);
    }

    [Fact]
    public void TheMixedSignJumpIsDetected()
    {
        // w = (1, −2, 5), θ = 1 (SPEC.md 2.2): with inputs near (0, x, 2) the time jumps from 2.25 to 1 at x = 1.
        var network = SpikingNetwork.OneLayer(SpikingNeuron.Of(1, 1, -2, 5));
        var result = RegionSearch.Count(network, -3, 3);
        var jump = Assert.IsType<Discontinuity>(result.Jump);
        Assert.NotEqual(jump.Limit, jump.Value);
        // The witness is exact: the neuron really fires at Value there.
        var firing = NetworkEvaluator.Outputs(network, jump.Point.ToArray())[0];
        Assert.Equal(jump.Value, firing);
    }

    [Fact]
    public void PositiveWeightsNeverReportAJump()
    {
        var network = new SpikingNetwork(2, [
            [SpikingNeuron.Of(1, 1, 0.5), SpikingNeuron.Of(2, 0.75, 1.5)],
            [SpikingNeuron.Of(1, 1, 1)],
        ]);
        var result = RegionSearch.Count(network, -5, 5);
        Assert.Null(result.Jump);
        Assert.True(result.Regions >= 3);
    }

    [Fact]
    public void TwoLayerCountsMatchDenseSampling()
    {
        // Layer 2 sees t2 − t1 = 1 on a whole region where its first neuron fires exactly when t2 arrives:
        // the tie holds identically there, and that region must still be counted.
        var network = new SpikingNetwork(2, [
            [SpikingNeuron.Of(1, 1, 0.5), SpikingNeuron.Of(1.5, 0.75, 1.5)],
            [SpikingNeuron.Of(1, 1, 2), SpikingNeuron.Of(0.5, 1.25, 0.5)],
        ]);
        var exact = RegionSearch.Count(network, -3, 3, record: true);
        Assert.Contains(exact.Tuples, t => Key(t) == "{0} {0} {0} {0}");
        AssertSamplingFindsExactly(network, exact, 3);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void RandomTwoLayerNetworksMissNoSampledPattern(bool mixed)
    {
        // Any pattern a grid point shows has a region with interior (grid points avoid the boundaries),
        // so it must be among the exact ones; the exact search may find more (thin regions).
        var family = new Expressivity.Domain.SnnRegions.Sweep.RandomNetworks(2, [2, 1], mixed);
        for (var draw = 0; draw < 4; draw++)
        {
            var network = family.Draw(11, draw);
            var exact = RegionSearch.Count(network, -3, 3, record: true).Tuples.Select(Key).ToHashSet();
            var sampled = new HashSet<string>();
            for (var i = 0; i < 40; i++)
            {
                for (var j = 0; j < 40; j++)
                {
                    BigRational[] x = [BigRational.Create((15 * i) - 292, 100) + BigRational.Create(1, 7919), BigRational.Create((15 * j) - 292, 100) + BigRational.Create(1, 6007)];
                    sampled.Add(Key(NetworkEvaluator.Patterns(network, x)));
                }
            }

            Assert.Subset(exact, sampled);
        }
    }

    /// <summary>
    /// Sampling can only find a subset of the regions (and may land on boundaries); on these 2-D nets a
    /// fine grid at an irrational-looking offset finds every region and nothing else.
    /// </summary>
    private static void AssertSamplingFindsExactly(SpikingNetwork network, RegionCount exact, int half)
    {
        var exactKeys = exact.Tuples.Select(Key).ToHashSet();
        var sampled = new HashSet<string>();
        var offset = BigRational.Create(1, 7919);
        for (var i = 0; i < 120; i++)
        {
            for (var j = 0; j < 120; j++)
            {
                var x = BigRational.Create(half * ((2 * i) - 119), 120) + offset;
                var y = BigRational.Create(half * ((2 * j) - 119), 120) + (offset / 3);
                sampled.Add(Key(NetworkEvaluator.Patterns(network, [x, y])));
            }
        }

        Assert.Equal(exactKeys.Order(StringComparer.Ordinal), sampled.Order(StringComparer.Ordinal));
        Assert.Equal(exact.Regions, exactKeys.Count);
    }

    private static string Key(CausalPattern[] tuple) => string.Join(" ", tuple);
}
