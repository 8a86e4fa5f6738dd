using Expressivity.Domain.ThresholdCensus;
using Xunit;

namespace Expressivity.Domain.Tests.ThresholdCensus;

public class ShortcutTests
{
    [Fact]
    public void Pair_certificate_refutes_exactly_the_two_summable_case()
    {
        // True {1,4} and {2,3} against false {1,3} and {2,4}: the pairs have equal prefix-count sums.
        var order = new DominanceOrder(4);
        int[] p = order.Prefix[0b1001]; // inputs 1 and 4
        int[][] ones = [p, order.Prefix[0b0110]]; // inputs 2 and 3
        int[][] zeros = [order.Prefix[0b0101], order.Prefix[0b1010]]; // {1,3}, {2,4}
        Assert.True(PairCertificate.Refutes(p, true, ones, zeros));
        int[][] harmless = [order.Prefix[0b1100]]; // {3,4} lies below both true points
        Assert.False(PairCertificate.Refutes(p, true, ones, harmless));
    }

    [Fact]
    public void Repaired_witness_separates_every_given_point()
    {
        // Witness 1,1,1 with t = 2 says {1,3} is true; repair it so {1,3} is false but {1,2} stays true.
        var order = new DominanceOrder(3);
        var repair = new WitnessRepair(3);
        int[][] ones = [order.Prefix[0b011]];
        int[][] zeros = [order.Prefix[0b101], order.Prefix[0b110]];
        Assert.True(repair.TryRepair([1, 1, 1], ones, zeros));
        var w = repair.Weights;
        Assert.True(w[0] >= w[1] && w[1] >= w[2] && w[2] >= 0);
        Assert.True(w[0] + w[1] >= repair.Threshold);
        Assert.True(w[0] + w[2] < repair.Threshold);
        Assert.True(w[1] + w[2] < repair.Threshold);
    }

    [Fact]
    public void Repair_gives_up_when_no_tie_break_can_help()
    {
        var order = new DominanceOrder(2);
        var repair = new WitnessRepair(2);
        // {2} true but {1} false contradicts any sorted weights.
        Assert.False(repair.TryRepair([1, 1], [order.Prefix[0b10]], [order.Prefix[0b01]]));
    }
}
