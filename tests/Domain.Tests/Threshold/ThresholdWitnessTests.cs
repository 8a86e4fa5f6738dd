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

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(8)]
    [InlineData(12)]
    public void Small_check_accepts_the_kernel_table_and_refuses_every_one_point_change(int n)
    {
        // Realises takes its own incremental path for N ≤ 12 and moderate weights; the kernel's table
        // is the reference, and flipping any single point must be caught.
        var random = new Random(n);
        var table = new ulong[ThresholdWitness.Words(n)];
        for (var trial = 0; trial < 20; trial++)
        {
            var scale = trial % 2 == 0 ? 7L : 1L << 44;
            var w = Enumerable.Range(0, n).Select(_ => random.NextInt64(-scale, scale + 1)).ToArray();
            var t = random.NextInt64(-scale, scale + 1);
            ThresholdWitness.TruthTable(w, t, table);
            Assert.True(ThresholdWitness.Realises(w, t, table));
            var x = random.Next(1 << n);
            table[x >> 6] ^= 1UL << (x & 63);
            Assert.False(ThresholdWitness.Realises(w, t, table));
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
