using Expressivity.Domain.Threshold;
using Xunit;

namespace Expressivity.Domain.Tests.Threshold;

public class ThresholdClassTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Orbit_positive_count_and_self_duality_match_brute_force_for_every_class(int n)
    {
        var classes = new HashSet<ChowKey>();
        SortedWeightEnumeration.Collect(n, 0, 3, classes);
        var chow = new long[n + 1];
        foreach (var key in classes)
        {
            key.Unpack(chow);
            var (w, t) = Realise(n, chow);
            var table = BruteForce.Table(w, t);
            var orbit = BruteForce.Orbit(table, n);
            var facts = ThresholdClass.FromChow(chow);
            Assert.Equal(orbit.Count, (int)facts.Orbit);
            Assert.Equal(orbit.Count(f => BruteForce.IsMonotone(f, n)), (int)facts.Positive);
            var all = (1UL << (1 << n)) - 1;
            var dual = ~Reverse(table, n) & all;
            Assert.Equal(dual == table, facts.SelfDual);
        }
    }

    [Fact]
    public void Majority_of_three_has_orbit_eight_and_is_self_dual()
    {
        var facts = ThresholdClass.FromChow([4, 3, 3, 3]);
        Assert.Equal(3, facts.Relevant);
        Assert.Equal(8, (int)facts.Orbit);
        Assert.Equal(1, (int)facts.Positive);
        Assert.True(facts.SelfDual);
    }

    [Fact]
    public void Irrelevant_inputs_form_one_group_and_are_not_negated()
    {
        // f = x1 on three inputs: c = (4, 4, 2, 2); orbit = 2^1 · 3!/2! = 6.
        var facts = ThresholdClass.FromChow([4, 4, 2, 2]);
        Assert.Equal(1, facts.Relevant);
        Assert.Equal(6, (int)facts.Orbit);
        Assert.Equal(3, (int)facts.Positive);
    }

    // Finds a realisation of the class among small sorted weights (brute force, tests only).
    private static (long[] W, long T) Realise(int n, long[] chow)
    {
        var table = new ChowTable(n);
        var c = new long[n + 1];
        foreach (var w in SortedVectors(n, 3))
        {
            table.Load(w);
            for (var t = 0; t <= table.Total + 1; t++)
            {
                table.Chow(t, c);
                if (c.SequenceEqual(chow)) return (w.Select(v => (long)v).ToArray(), t);
            }
        }

        throw new InvalidOperationException("class not realised");
    }

    private static IEnumerable<int[]> SortedVectors(int n, int cap)
    {
        if (n == 0)
        {
            yield return [];
            yield break;
        }

        for (var w = cap; w >= 0; w--)
        {
            foreach (var rest in SortedVectors(n - 1, w)) yield return [w, .. rest];
        }
    }

    private static ulong Reverse(ulong table, int n)
    {
        ulong r = 0;
        var mask = (1 << n) - 1;
        for (var x = 0; x < 1 << n; x++)
        {
            if ((table >> x & 1) != 0) r |= 1UL << (x ^ mask);
        }

        return r;
    }
}
