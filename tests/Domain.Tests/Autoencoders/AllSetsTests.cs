using System.Numerics;
using Expressivity.Domain.Autoencoders;
using Xunit;

namespace Expressivity.Domain.Tests.Autoencoders;

public class AllSetsTests
{
    [Theory]
    [InlineData(2, 3)]
    [InlineData(2, 4)]
    [InlineData(3, 4)]
    public void Three_methods_agree_on_E1_totals(int d, int vectorBits)
    {
        var (sets, good) = PlainEnumeration.CountOneLayer(d, vectorBits);
        Assert.Equal(ColumnSetCount.Binomial(1 << vectorBits, 1 << d), (BigInteger)sets);

        var orbits = OrbitSearch.Run(d, vectorBits, false, 0, int.MaxValue);
        Assert.Equal((BigInteger)sets, orbits.Sets);
        Assert.Equal((BigInteger)good, orbits.WithOneLayer);

        var classes = ColumnClasses.Of(d);
        var count = new ColumnSetCount(classes, vectorBits);
        var tallies = count.Walk(0, count.Units);
        Assert.Equal((BigInteger)good, ColumnSetCount.SetsWithDecoder(tallies, classes.Images, classes.Points, vectorBits));
    }

    [Theory]
    [InlineData(3, 2)]
    [InlineData(4, 104)]
    [InlineData(5, 3400)]
    [InlineData(6, 89440)]
    public void Sets_of_four_without_one_layer_decoder(int vectorBits, long without)
    {
        var classes = ColumnClasses.Of(2);
        var count = new ColumnSetCount(classes, vectorBits);
        var good = ColumnSetCount.SetsWithDecoder(count.Walk(0, count.Units), classes.Images, 4, vectorBits);
        Assert.Equal(without, ColumnSetCount.Binomial(1 << vectorBits, 4) - good);
    }

    [Fact]
    public void Units_partition_the_walk()
    {
        var classes = ColumnClasses.Of(3);
        var count = new ColumnSetCount(classes, 4);
        var whole = ColumnSetCount.SetsWithDecoder(count.Walk(0, count.Units), classes.Images, 8, 4);
        var a = count.Walk(0, 100);
        var b = count.Walk(100, count.Units);
        var merged = a.Select((row, k) => row.Select((v, m) => v + b[k][m]).ToArray()).ToArray();
        Assert.Equal(whole, ColumnSetCount.SetsWithDecoder(merged, classes.Images, 8, 4));
        Assert.Equal(12870 - 1544, (long)whole);
    }

    [Fact]
    public void Every_d2_set_without_decoder_needs_width_three()
    {
        var tally = OrbitSearch.Run(2, 4, true, 0, int.MaxValue);
        Assert.Equal(new BigInteger(104), tally.WithoutOneLayer);
        Assert.Equal([(3, 3)], tally.Widths.Keys);
    }
}
