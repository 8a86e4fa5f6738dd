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

public class PackedShortcutTests
{
    [Theory]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(10)]
    public void Packed_pair_certificate_agrees_with_the_coordinate_loop(int n)
    {
        var order = new DominanceOrder(n);
        var random = new Random(n);
        var points = 1 << n;
        var refuted = 0;
        for (var trial = 0; trial < 2000; trial++)
        {
            var same = Enumerable.Range(0, random.Next(1, 5)).Select(_ => random.Next(points)).ToArray();
            var other = Enumerable.Range(0, random.Next(1, 5)).Select(_ => random.Next(points)).ToArray();
            var pIsTrue = random.Next(2) == 0;
            var expected = Reference(order.Prefix[same[0]], pIsTrue, [.. same.Select(x => order.Prefix[x])], [.. other.Select(x => order.Prefix[x])]);
            var packed = PairCertificate.Refutes(order.Packed[same[0]], pIsTrue, same.Select(x => order.Packed[x]).ToArray(), other.Select(x => order.Packed[x]).ToArray(), order.Guards);
            Assert.Equal(expected, packed);
            Assert.Equal(expected, PairCertificate.Refutes(order.Prefix[same[0]], pIsTrue, same.Select(x => order.Prefix[x]).ToArray(), other.Select(x => order.Prefix[x]).ToArray()));
            if (expected) refuted++;
        }

        // Both outcomes occur, so the comparison is not vacuous.
        Assert.InRange(refuted, 1, 1999);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(8)]
    public void Repair_accepts_exactly_the_candidates_that_separate(int n)
    {
        // The tie-only test must agree with trying every K·w ± u_j on every point (the definition).
        var order = new DominanceOrder(n);
        var repair = new WitnessRepair(n);
        var random = new Random(n);
        var points = 1 << n;
        var accepted = 0;
        for (var trial = 0; trial < 3000; trial++)
        {
            var w = Enumerable.Range(0, n).Select(_ => (long)random.Next(0, 4)).OrderDescending().ToArray();
            var ones = Enumerable.Range(0, random.Next(1, 6)).Select(_ => order.Prefix[random.Next(points)]).ToArray();
            var zeros = Enumerable.Range(0, random.Next(1, 6)).Select(_ => order.Prefix[random.Next(points)]).ToArray();
            var expected = FirstSeparatingCandidate(w, ones, zeros, n);
            var found = repair.TryRepair(w, ones, zeros);
            Assert.Equal(expected is not null, found);
            if (!found) continue;
            accepted++;
            Assert.Equal(expected!.Value.Weights, repair.Weights);
            Assert.Equal(expected.Value.Threshold, repair.Threshold);
        }

        Assert.InRange(accepted, 1, 2999);
    }

    [Fact]
    public void Tally_in_machine_integers_equals_the_exact_class_facts()
    {
        var random = new Random(5);
        for (var n = 1; n <= 10; n++)
        {
            var tally = new CensusTally();
            System.Numerics.BigInteger functions = 0, positive = 0, exactly = 0;
            for (var trial = 0; trial < 200; trial++)
            {
                var c0 = random.Next(1, 1 << n);
                var chow = new long[n + 1];
                chow[0] = trial % 7 == 0 ? 1L << (n - 1) : c0;
                for (var i = 1; i <= n; i++) chow[i] = random.Next(3) == 0 ? chow[0] / 2 : random.Next(0, 4);
                var facts = Expressivity.Domain.Threshold.ThresholdClass.FromChow(chow);
                tally.Add(chow);
                functions += facts.Orbit;
                positive += facts.Positive;
                if (facts.Relevant == n) exactly += facts.Orbit;
            }

            var partial = tally.ToPartial(0, 0, 0, 0, 0, 0);
            Assert.Equal(functions, partial[ThresholdCensusCounters.Functions]);
            Assert.Equal(positive, partial[ThresholdCensusCounters.Positive]);
            Assert.Equal(exactly, partial[ThresholdCensusCounters.ExactlyN]);
        }
    }

    private static bool Reference(int[] p, bool pIsTrue, int[][] same, int[][] other)
    {
        foreach (var x in same)
        {
            foreach (var y in other)
            {
                foreach (var z in other)
                {
                    var all = true;
                    for (var j = 0; j < p.Length && all; j++)
                    {
                        var left = p[j] + x[j];
                        var right = y[j] + z[j];
                        all = pIsTrue ? left <= right : left >= right;
                    }

                    if (all) return true;
                }
            }
        }

        return false;
    }

    private static (long[] Weights, long Threshold)? FirstSeparatingCandidate(long[] w, int[][] ones, int[][] zeros, int n)
    {
        if (w[0] >= 1L << 40) return null;
        var k = n + 1L;
        for (var j = 1; j <= n; j++)
        {
            foreach (var sign in new[] { +1, -1 })
            {
                var candidate = w.Select((wi, i) => k * wi + (i < j ? sign : 0)).ToArray();
                var sorted = candidate.Zip(candidate.Skip(1)).All(pair => pair.First >= pair.Second) && candidate[^1] >= 0;
                if (!sorted) continue;
                var t = ones.Min(a => DotFromPrefix(candidate, a));
                if (zeros.All(b => DotFromPrefix(candidate, b) < t)) return (candidate, t);
            }
        }

        return null;
    }

    private static long DotFromPrefix(long[] w, int[] prefix)
    {
        long s = 0;
        for (var j = 0; j < w.Length; j++) s += (w[j] - (j + 1 < w.Length ? w[j + 1] : 0)) * prefix[j];
        return s;
    }
}
