using Expressivity.Domain.Sweeps;
using Xunit;

namespace Expressivity.Domain.Tests.Sweeps;

public sealed class PartialTests
{
    [Fact]
    public void Each_counter_merges_by_its_own_rule_whatever_its_name()
    {
        var a = Partial.Of((Counter.Sum("max.looks-like-max"), 3), (Counter.Max("best"), 5), (Counter.Min("fewest"), 4), (Counter.Union("bits"), 0b0101));
        var b = Partial.Of((Counter.Sum("max.looks-like-max"), 4), (Counter.Max("best"), 2), (Counter.Min("fewest"), 9), (Counter.Union("bits"), 0b0011));
        var m = a.Merge(b);
        Assert.Equal(7, (int)m["max.looks-like-max"]);
        Assert.Equal(5, (int)m["best"]);
        Assert.Equal(4, (int)m["fewest"]);
        Assert.Equal(0b0111, (int)m["bits"]);
        Assert.Equal(m, b.Merge(a));
        Assert.Equal(a, a.Merge(Partial.Empty));
    }

    [Fact]
    public void One_counter_with_two_rules_refuses_to_merge()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Partial.Of((Counter.Sum("x"), 1)).Merge(Partial.Of((Counter.Max("x"), 1))));
        Assert.Contains("'x'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bit_set_counter_cannot_be_negative() =>
        Assert.Throws<ArgumentException>(() => Partial.Of((Counter.Union("bits"), -1)));

    [Fact]
    public void The_format_1_prefix_rule_reads_old_names() =>
        Assert.Equal(
            [MergeRule.Max, MergeRule.Min, MergeRule.Sum],
            new[] { "max.best", "min.regions", "hist.3" }.Select(Partial.PrefixRule));
}
