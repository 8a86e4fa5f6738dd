using Expressivity.Domain.Threshold;
using Xunit;

namespace Expressivity.Domain.Tests.Threshold;

public class ChowTableTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 2)]
    [InlineData(3, 3)]
    [InlineData(5, 4)]
    [InlineData(8, 5)]
    public void Every_threshold_matches_a_brute_force_count(int n, int seed)
    {
        var random = new Random(seed);
        var table = new ChowTable(n);
        var chow = new long[n + 1];
        for (var trial = 0; trial < 20; trial++)
        {
            var w = Enumerable.Range(0, n).Select(_ => random.Next(0, 9)).ToArray();
            table.Load(w);
            for (var t = -2; t <= w.Sum() + 2; t++)
            {
                table.Chow(t, chow);
                Assert.Equal(BruteForce.Chow(w.Select(v => (long)v).ToArray(), t), chow);
                Assert.Equal(ChowKey.From(chow), table.Key(t));
            }
        }
    }

    [Fact]
    public void Achievable_sums_are_exactly_the_subset_sums()
    {
        var table = new ChowTable(3);
        table.Load([5, 2, 0]);
        var achievable = Enumerable.Range(-1, 10).Where(table.IsAchievable).ToArray();
        Assert.Equal([0, 2, 5, 7], achievable);
    }

    [Fact]
    public void Sorted_weights_give_sorted_chow_parameters_so_the_key_is_canonical()
    {
        var table = new ChowTable(5);
        var chow = new long[6];
        table.Load([7, 4, 4, 2, 1]);
        for (var t = 0; t <= table.Total + 1; t++)
        {
            table.Chow(t, chow);
            Assert.Equal(ChowKey.Canonical(chow), ChowKey.From(chow));
        }
    }

    [Fact]
    public void Key_round_trips_at_the_largest_size()
    {
        long[] chow = [1024, 512, 511, 300, 7, 0, 1, 2, 3, 4, 1024];
        var back = new long[11];
        ChowKey.From(chow).Unpack(back);
        Assert.Equal(chow, back);
        Assert.Throws<ArgumentOutOfRangeException>(() => ChowKey.From([3, 1]));
    }
}
