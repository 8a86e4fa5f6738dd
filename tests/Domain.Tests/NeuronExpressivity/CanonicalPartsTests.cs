using System.Numerics;
using Expressivity.Domain.NeuronExpressivity.Canonical;
using Expressivity.Domain.Sweeps;
using Xunit;

namespace Expressivity.Domain.Tests.NeuronExpressivity;

/// <summary>The pieces of method canonical: key packing, key sets and blobs, orbit weights, the planner.</summary>
public class CanonicalPartsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(32)]
    [InlineData(62)]
    public void PackedKeysRoundTripAtEveryWidth(int n)
    {
        var random = new Random(n);
        var chow = new long[n + 1];
        var back = new long[n + 1];
        var key = new ulong[PackedChow.Words(n)];
        for (var trial = 0; trial < 200; trial++)
        {
            // Extremes included: 0 and 2^n are both legal entries.
            for (var i = 0; i <= n; i++) chow[i] = trial % 3 == 0 ? (i % 2 == 0 ? 1L << n : 0) : random.NextInt64(0, (1L << n) + 1);
            PackedChow.Pack(chow, key);
            PackedChow.Unpack(key, back);
            Assert.Equal(chow, back);
        }
    }

    [Fact]
    public void KeySetKeepsTheLargestValueAndBlobsRoundTrip()
    {
        var set = new ChowKeySet(2);
        for (ulong k = 0; k < 1000; k++) set.Add([k, k * 7], (byte)(k % 5));
        set.Add([3, 21], 9);
        set.Add([3, 21], 1);
        Assert.Equal(1000, set.Count);

        var blob = KeyBlob.Encode(set, Enumerable.Range(0, set.Count));
        var copy = new ChowKeySet(2);
        KeyBlob.Decode(blob, copy);
        KeyBlob.Decode(blob, copy);
        Assert.Equal(1000, copy.Count);
        for (var i = 0; i < copy.Count; i++)
        {
            var key = copy.Key(i);
            Assert.Equal(key[0] * 7, key[1]);
            Assert.Equal(key[0] == 3 ? 9 : (int)(key[0] % 5), copy.Value(i));
        }

        // Insertion order does not change the stored bytes.
        var reversed = new ChowKeySet(2);
        for (var i = copy.Count - 1; i >= 0; i--) reversed.Add(copy.Key(i), copy.Value(i));
        Assert.Equal(blob, KeyBlob.Encode(reversed, Enumerable.Range(0, reversed.Count)));
    }

    [Fact]
    public void OrbitWeightCountsSignPatternsFromTheBottomRelevantInputs()
    {
        // g = [2y1 + y2 + y3 ≥ 2] = y1 ∨ (y2 ∧ y3) on 3 inputs: c0 = 5, Chow (4, 3, 3), groups {1}, {2, 3}.
        var key = new ulong[PackedChow.Words(3)];
        PackedChow.Pack([5, 4, 3, 3], key);
        var weight = new OrbitWeight(3, orbits: true);
        Assert.Equal(new BigInteger(3), weight.Of(key, 0));      // permutations only
        Assert.Equal(new BigInteger(3 * 3), weight.Of(key, 1));  // at most one of {2, 3} negated: 1 + 2
        Assert.Equal(new BigInteger(3 * 4), weight.Of(key, 2));  // any subset of {2, 3}
        Assert.Equal(new BigInteger(3 * 8), weight.Of(key, 3));  // 2^r · 3!/2!
        Assert.Equal(new BigInteger(3), new OrbitWeight(3, orbits: false).Of(key, 0));
    }

    [Fact]
    public void PlannerCoversEverySortedVectorExactlyOnce()
    {
        var spec = (Expressivity.Domain.NeuronExpressivity.NeuronExpressivitySpec)SweepDefinition.Parse(
            NeuronRun.Spec(40, """{"min":-6,"max":6}""", method: "canonical")).Spec;
        var family = CanonicalFamily.For(spec);
        var units = SortedPrefixPlanner.Plan(family);
        Assert.True(units.Count > 1);
        Assert.Equal(units.Count, units.Select(u => u.Id).Distinct().Count());
        var covered = units.Select(u => SortedPrefixPlanner.ParsePrefix(u.Payload))
            .Aggregate(BigInteger.Zero, (sum, p) => sum + SortedPrefixPlanner.Completions(family.Alphabet.Length, p.Length == 0 ? 0 : p[^1], 40 - p.Length));
        Assert.Equal(SortedPrefixPlanner.Total(40, 7), covered);
    }

    [Theory]
    [InlineData("""{"min":-5,"max":5}""", "\"any\"", "binary", "94572")]
    [InlineData("""{"min":-1,"max":3}""", "\"any\"", "bipolar", null)]
    [InlineData("""{"min":-2,"max":2}""", "{\"min\":-1,\"max\":3}", "binary", null)]
    public void ManySmallUnitsGiveTheSameExactCount(string weights, string threshold, string inputs, string? expected)
    {
        // Keys found by several units meet in one reduce bucket; the count must not depend on the split.
        var text = NeuronRun.Spec(5, weights, threshold, inputs, "canonical");
        var small = new Expressivity.Domain.NeuronExpressivity.NeuronExpressivityKind(canonicalWorkPerUnit: 1);
        using var json = System.Text.Json.JsonDocument.Parse(text);
        var definition = SweepDefinition.FromSpec(small, small.Parse(json.RootElement));
        Assert.True(definition.Kind.Plan(definition.Spec, 0, Partial.Empty).Count > 20);
        var split = LocalRunner.Run(definition).Result["distinctFunctions"]!.GetValue<string>();
        Assert.Equal(NeuronRun.Distinct(text).ToString(), split);
        Assert.Equal(expected ?? NeuronRun.Distinct(NeuronRun.Spec(5, weights, threshold, inputs, "brute")).ToString(), split);
    }
}
