using Expressivity.Domain.NeuronExpressivity;
using Expressivity.Domain.Sweeps;
using Xunit;

namespace Expressivity.Domain.Tests.NeuronExpressivity;

/// <summary>The distributed scheme: deterministic units, any completion order, exact splits.</summary>
public class MapReduceTests
{
    private static readonly ISweepKind Kind = new NeuronExpressivityKind();

    [Fact]
    public void SameMapUnitTwiceWritesTheSameBlobs()
    {
        var definition = SweepDefinition.Parse(NeuronRun.Spec(4, """{"min":-2,"max":2}"""));
        var store = new InMemoryPartialStore();
        var unit = Kind.Plan(definition.Spec, 0, Partial.Empty).Single(u => u.Id == "map/+-+0");
        var first = Kind.Run(definition.Spec, unit, new UnitContext("first", store, default));
        var second = Kind.Run(definition.Spec, unit, new UnitContext("second", store, default));
        Assert.Equal(first, second);
        for (var b = 0; b < TableHash.Buckets; b++)
        {
            var a = store.ReadBucket("first", b).ToList();
            var c = store.ReadBucket("second", b).ToList();
            Assert.Equal(a.Count, c.Count);
            for (var i = 0; i < a.Count; i++) Assert.Equal(a[i], c[i]);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void ShuffledOrderAndRepeatedUnitsGiveTheSameCount(int seed)
    {
        var definition = SweepDefinition.Parse(NeuronRun.Spec(4, """{"min":-3,"max":3}"""));
        var store = new InMemoryPartialStore();
        var context = new UnitContext(definition.Id, store, default);
        var rng = new Random(seed);
        var map = Kind.Plan(definition.Spec, 0, Partial.Empty).OrderBy(_ => rng.Next()).ToList();
        var mapTotal = Partial.Empty;
        foreach (var unit in map) mapTotal = mapTotal.Merge(((UnitOutcome.Completed)Kind.Run(definition.Spec, unit, context)).Result);

        // Re-runs (an expired lease, a restarted worker) upsert identical blobs; the coordinator drops
        // their duplicate completions, so only the store sees them.
        foreach (var unit in map.Take(5)) Kind.Run(definition.Spec, unit, context);

        var reduce = Kind.Plan(definition.Spec, 1, mapTotal).OrderBy(_ => rng.Next()).ToList();
        Assert.Equal(TableHash.Buckets, reduce.Count);
        var total = reduce.Aggregate(Partial.Empty, (sum, unit) => sum.Merge(((UnitOutcome.Completed)Kind.Run(definition.Spec, unit, context)).Result));
        Assert.Equal(1882, total["distinct"]);
        Assert.Empty(Kind.Plan(definition.Spec, 2, total));
    }

    [Fact]
    public void SignPatternsPartitionTheWeightSpace()
    {
        var spec = (NeuronExpressivitySpec)SweepDefinition.Parse(NeuronRun.Spec(3, """{"min":-2,"max":4}""")).Spec;
        var units = MapPlanner.Plan(spec);
        Assert.Equal(27, units.Count);
        Assert.Equal(units.Count, units.Select(u => u.Id).Distinct().Count());
        Assert.Equal(343, units.Sum(u => WeightBox.Parse(u.Payload, 3).Count));
        // A domain without zero has two parts per coordinate.
        var noZero = (NeuronExpressivitySpec)SweepDefinition.Parse(NeuronRun.Spec(3, """{"set":[-1,2,3]}""")).Spec;
        Assert.Equal(8, MapPlanner.Plan(noZero).Count);
    }

    [Fact]
    public void SymmetricWeightsWithAnyThresholdPlanHalfThePatterns()
    {
        var spec = (NeuronExpressivitySpec)SweepDefinition.Parse(NeuronRun.Spec(3, """{"min":-2,"max":2}""")).Spec;
        Assert.True(spec.MirrorsNegation);
        var units = MapPlanner.Plan(spec);
        // (3^3 - 1) / 2 patterns led by '+', plus the zero pattern.
        Assert.Equal(14, units.Count);
        Assert.All(units, u => Assert.NotEqual('-', u.Id["map/".Length..].TrimStart('0').FirstOrDefault()));
        Assert.Equal(125, units.Sum(u =>
        {
            var box = WeightBox.Parse(u.Payload, 3);
            return box.Count * (MapUnit.Mirrors(spec, box) ? 2 : 1);
        }));
        Assert.Equal("125", NeuronRun.Report(NeuronRun.Spec(3, """{"min":-2,"max":2}""")).Result["weightVectors"]!.GetValue<string>());
        // A fixed threshold breaks the symmetry: every pattern is enumerated.
        var fixedThreshold = (NeuronExpressivitySpec)SweepDefinition.Parse(NeuronRun.Spec(3, """{"min":-2,"max":2}""", """{"value":1}""")).Spec;
        Assert.False(fixedThreshold.MirrorsNegation);
        Assert.Equal(27, MapPlanner.Plan(fixedThreshold).Count);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(40)]
    public void SplitPiecesCoverTheBoxAndFindTheSameTables(long limit)
    {
        var spec = (NeuronExpressivitySpec)SweepDefinition.Parse(NeuronRun.Spec(3, """{"min":-3,"max":3}""")).Spec;
        var box = WeightBox.Parse(MapPlanner.Plan(spec).Single(u => u.Id == "map/+-+").Payload, 3);
        var pieces = MapPlanner.Split(box, limit).ToList();
        Assert.All(pieces, p => Assert.True(p.Count <= limit));
        Assert.Equal(box.Count, pieces.Sum(p => p.Count));
        var whole = MapUnit.Collect(spec, box, default, out _)!.Items().Order().ToList();
        var union = pieces.SelectMany(p => MapUnit.Collect(spec, p, default, out _)!.Items()).Distinct().Order().ToList();
        Assert.Equal(whole, union);
    }

    [Fact]
    public void UnitsThatOutgrowTheTableCapSplitThemselvesAndTheCountStaysExact()
    {
        var kind = new NeuronExpressivityKind(maxTablesPerUnit: 40);
        ISweepKind machinery = kind;
        using var json = System.Text.Json.JsonDocument.Parse(NeuronRun.Spec(4, """{"min":-3,"max":3}""", inputs: "bipolar"));
        var definition = SweepDefinition.FromSpec(kind, kind.Parse(json.RootElement));
        var unit = machinery.Plan(definition.Spec, 0, Partial.Empty).Single(u => u.Id == "map/++++");
        var split = Assert.IsType<UnitOutcome.Split>(machinery.Run(definition.Spec, unit, new UnitContext(definition.Id, new InMemoryPartialStore(), default)));
        Assert.Equal(["map/++++/0", "map/++++/1"], split.Children.Select(c => c.Id).ToArray());
        Assert.Equal(81, split.Children.Sum(c => WeightBox.Parse(c.Payload, 4).Count));
        var result = LocalRunner.Run(definition).Result;
        Assert.Equal("1882", result["distinctFunctions"]!.GetValue<string>());
        Assert.Equal("2401", result["weightVectors"]!.GetValue<string>());
    }

    [Fact]
    public void BoxSpanningSignsIsRejected()
    {
        // The ownership rule reads the sign pattern off the box, so a box must not mix signs.
        var spec = (NeuronExpressivitySpec)SweepDefinition.Parse(NeuronRun.Spec(2, """{"min":-2,"max":2}""")).Spec;
        Assert.Throws<ArgumentException>(() => MapUnit.Collect(spec, WeightBox.Parse("0:4,3:4", 2), default, out _));
    }

    [Fact]
    public void CancelledMapUnitThrows()
    {
        var definition = SweepDefinition.Parse(NeuronRun.Spec(6, """{"min":-5,"max":5}"""));
        var unit = Kind.Plan(definition.Spec, 0, Partial.Empty).Single(u => u.Id == "map/++++++");
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() =>
            Kind.Run(definition.Spec, unit, new UnitContext(definition.Id, new InMemoryPartialStore(), cancel.Token)));
    }

    [Fact]
    public void BlobsRoundTripAndStaySorted()
    {
        UInt128[] tables = [UInt128.MaxValue, 0, 5, (UInt128)1 << 100, 4, 1UL << 63];
        var blob = TableBlob.Encode(tables);
        Assert.Equal(1, blob[0]);
        var decoded = new List<UInt128>();
        TableBlob.Decode(blob, decoded);
        Assert.Equal(tables.Order().ToList(), decoded);
        var empty = new List<UInt128>();
        TableBlob.Decode(TableBlob.Encode([]), empty);
        Assert.Empty(empty);
        Assert.Throws<InvalidDataException>(() => TableBlob.Decode(blob.AsSpan(0, blob.Length - 1), new List<UInt128>()));
    }
}
