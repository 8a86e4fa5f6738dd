using Expressivity.Domain.Threshold;
using Xunit;

namespace Expressivity.Domain.Tests.Threshold;

public class ThresholdWitnessTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(9)]
    public void Truth_table_and_chow_match_brute_force_with_negative_weights(int n)
    {
        var random = new Random(n + 11);
        var table = new ulong[ThresholdWitness.Words(n)];
        var chow = new long[n + 1];
        for (var trial = 0; trial < 10; trial++)
        {
            var w = Enumerable.Range(0, n).Select(_ => (long)random.Next(-6, 7)).ToArray();
            var t = (long)random.Next(-5, 6);
            ThresholdWitness.TruthTable(w, t, table);
            for (var x = 0; x < 1 << n; x++) Assert.Equal(BruteForce.Eval(w, t, x), (table[x >> 6] >> (x & 63) & 1) != 0);
            ThresholdWitness.ChowOf(table, n, chow);
            Assert.Equal(BruteForce.Chow(w, t), chow);
            Assert.True(ThresholdWitness.Realises(w, t, table));
            Assert.True(ThresholdWitness.HasChow(w, t, chow));
        }
    }

    [Fact]
    public void A_wrong_witness_is_rejected()
    {
        long[] w = [2, 1, 1];
        var table = new ulong[1];
        ThresholdWitness.TruthTable(w, 2, table);
        Assert.False(ThresholdWitness.Realises(w, 3, table));
        Assert.False(ThresholdWitness.Realises([1, 1, 1], 2, table));
        Assert.True(ThresholdWitness.HasChow([1, 1, 1], 2, [4, 3, 3, 3]));
        Assert.False(ThresholdWitness.HasChow(w, 2, [4, 3, 3, 3]));
    }

    [Fact]
    public void Short_table_is_refused()
    {
        Assert.Throws<ArgumentException>(() => ThresholdWitness.TruthTable(new long[7], 0, new ulong[1]));
    }
}
