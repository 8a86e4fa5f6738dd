using Expressivity.Domain.ThresholdCensus;
using Xunit;

namespace Expressivity.Domain.Tests.ThresholdCensus;

public class DominanceOrderTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    public void Sequence_is_a_linear_extension_and_covers_are_the_minimal_steps(int n)
    {
        var order = new DominanceOrder(n);
        var position = new int[1 << n];
        for (var k = 0; k < order.Sequence.Length; k++) position[order.Sequence[k]] = k;
        Assert.Equal(Enumerable.Range(0, 1 << n), order.Sequence.Order());
        for (var x = 0; x < 1 << n; x++)
        {
            var above = Enumerable.Range(0, 1 << n).Where(y => y != x && Dominates(n, y, x)).ToList();
            foreach (var y in above) Assert.True(position[y] < position[x]);
            var covers = above.Where(y => !above.Any(z => z != y && Dominates(n, y, z))).Order();
            Assert.Equal(covers, order.UpperCovers[x].Order());
            foreach (var y in order.UpperCovers[x]) Assert.Contains(x, order.LowerCovers[y]);
        }
    }

    private static bool Dominates(int n, int y, int x)
    {
        int py = 0, px = 0;
        for (var j = 0; j < n; j++)
        {
            py += y >> j & 1;
            px += x >> j & 1;
            if (py < px) return false;
        }

        return true;
    }
}
