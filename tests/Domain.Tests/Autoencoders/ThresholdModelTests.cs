using Expressivity.Domain.Autoencoders;
using Xunit;

namespace Expressivity.Domain.Tests.Autoencoders;

public class ThresholdModelTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Table_and_exact_LP_agree_on_every_function(int m)
    {
        // Independent method: the exact LP decides every function of m inputs, with a checked witness or certificate.
        var table = SmallThresholdFunctions.Of(m);
        var points = 1 << m;
        for (ulong f = 0; f < 1UL << points; f++)
        {
            var ones = Enumerable.Range(0, points).Where(z => (f >> z & 1) != 0).Select(z => (ulong)z).ToList();
            var zeros = Enumerable.Range(0, points).Where(z => (f >> z & 1) == 0).Select(z => (ulong)z).ToList();
            var answer = PartialThreshold.Decide(ones, zeros, m);
            Assert.Equal(table.Contains(f), answer.IsThreshold);
            if (answer.IsThreshold)
            {
                Assert.True(PartialThreshold.Realises(answer.Witness!, ones, zeros));
                Assert.Equal(f, SmallThresholdFunctions.Table(table.Witness(f).Weights, table.Witness(f).Threshold));
            }
            else
            {
                Assert.True(PartialThreshold.CertificateHolds(ones, answer.TrueMultipliers!, zeros, answer.FalseMultipliers!, m));
            }
        }
    }

    [Fact]
    public void Four_inputs_have_1882_threshold_functions_each_with_a_witness()
    {
        var table = SmallThresholdFunctions.Of(4);
        Assert.Equal(1882, table.Functions.Count);
        Assert.All(table.Functions, f => Assert.Equal(f, SmallThresholdFunctions.Table(table.Witness(f).Weights, table.Witness(f).Threshold)));
    }

    [Fact]
    public void Xor_is_refuted_by_a_certificate_and_a_partial_xor_is_threshold()
    {
        var xor = PartialThreshold.Decide([1, 2], [0, 3], 2);
        Assert.False(xor.IsThreshold);
        Assert.Equal(xor.TrueMultipliers!.Sum(), xor.FalseMultipliers!.Sum());
        var partial = PartialThreshold.Decide([1, 2], [0], 2);
        Assert.True(partial.IsThreshold);
    }

    [Fact]
    public void Network_evaluates_layer_by_layer()
    {
        // x1 XOR x2 = [u1 − u2 ≥ 1] with u1 = x1 ∨ x2, u2 = x1 ∧ x2.
        var network = new ThresholdNetwork(2, [
            [new ThresholdUnit([1, 1], 1), new ThresholdUnit([1, 1], 2)],
            [new ThresholdUnit([1, -1], 1)]]);
        Assert.Equal([0UL, 1, 1, 0], Enumerable.Range(0, 4).Select(x => network.Evaluate((ulong)x)));
        Assert.Equal(2, network.Width);
        Assert.Equal(3, network.Size);
        Assert.Equal(2, network.Depth);
    }
}
