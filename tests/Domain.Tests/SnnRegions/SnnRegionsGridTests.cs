using System.Numerics;
using System.Text.Json.Nodes;
using Expressivity.Domain.Numerics;
using Expressivity.Domain.SnnRegions;
using Expressivity.Domain.SnnRegions.Sweep;
using Expressivity.Domain.Sweeps;
using Xunit;

namespace Expressivity.Domain.Tests.SnnRegions;

public class SnnRegionsGridTests
{
    private const string SearchGrid = """
        { "kind": "snn-regions", "grid": { "inputs": [2], "layers": [[1], [2]], "boxes": [1, 20],
          "mode": "search", "restarts": 3, "steps": 6, "seed": 3 } }
        """;

    private const string RandomGrid = """
        { "kind": "snn-regions", "grid": { "inputs": [1, 2], "layers": [[2], [1, 1]], "boxes": [2],
          "signs": "mixed", "mode": "random", "count": 10, "seed": 7 } }
        """;

    [Fact]
    public void GridExpandsToOneUnitPerConfigurationAndRestartOrBatch()
    {
        var search = SweepDefinition.Parse("""
            { "kind": "snn-regions", "grid": { "inputs": [2, 3], "layers": [[1], [2, 1]], "boxes": [1, 20],
              "mode": "search", "restarts": 3, "steps": 1 } }
            """);
        var spec = (SnnRegionsGridSpec)search.Spec;
        Assert.Equal(
            [(2, "1", 1.0), (2, "1", 20.0), (2, "2,1", 1.0), (2, "2,1", 20.0), (3, "1", 1.0), (3, "1", 20.0), (3, "2,1", 1.0), (3, "2,1", 20.0)],
            spec.Configurations.Select(c => (c.Inputs, string.Join(",", c.Widths), c.HalfWidth)).ToList());
        var units = search.Kind.Plan(spec, 0, Partial.Empty).Select(u => u.Id).ToList();
        Assert.Equal(24, units.Count);
        Assert.Equal(["grid/0/restart/0", "grid/0/restart/1", "grid/0/restart/2", "grid/1/restart/0"], units.Take(4));
        Assert.Equal("grid/7/restart/2", units[^1]);
        Assert.Empty(search.Kind.Plan(spec, 1, Partial.Empty));

        var random = SweepDefinition.Parse(RandomGrid.Replace("\"count\": 10", "\"count\": 20"));
        var ids = random.Kind.Plan(random.Spec, 0, Partial.Empty).Select(u => u.Id).ToList();
        Assert.Equal(12, ids.Count); // 4 configurations × 3 batches of at most 8 draws
        Assert.Equal(["grid/0/draws/0-8", "grid/0/draws/8-16", "grid/0/draws/16-20", "grid/1/draws/0-8"], ids.Take(4));
    }

    [Theory]
    [InlineData(SearchGrid)]
    [InlineData(RandomGrid)]
    public void EachConfigurationEqualsItsSingleFormRun(string json)
    {
        var definition = SweepDefinition.Parse(json);
        var spec = (SnnRegionsGridSpec)definition.Spec;
        var total = LocalRunner.RunToPartial(definition, threads: 2);
        var report = LocalRunner.Run(definition, threads: 2).Result;
        var entries = report["configurations"]!.AsArray();
        Assert.Equal(spec.Configurations.Count, entries.Count);
        foreach (var c in spec.Configurations)
        {
            // The configuration on its own, through the existing search / random form and the same seed.
            var alone = SweepDefinition.Parse(spec.Alone(c).ToNormalJson().ToJsonString());
            var aloneTotal = LocalRunner.RunToPartial(alone, threads: 2);
            Assert.Equal(aloneTotal, GridCounters.Extract(c.Index, total));
            var aloneReport = LocalRunner.Run(alone, threads: 2).Result;
            var entry = entries[c.Index]!.AsObject();
            Assert.Equal(c.Inputs, entry["inputs"]!.GetValue<int>());
            foreach (var (key, value) in aloneReport)
                Assert.True(JsonNode.DeepEquals(value, entry[key]), $"configuration {c.Index}, field {key}");
        }
    }

    [Fact]
    public void BestNetworkIsReplayedAndWithinTheBounds()
    {
        var report = LocalRunner.Run(SweepDefinition.Parse(SearchGrid), threads: 2).Result;
        foreach (var entry in report["configurations"]!.AsArray())
        {
            var best = entry!["best"]!;
            var regions = BigInteger.Parse(best["regions"]!.GetValue<string>());
            var network = NetworkJson.Read(new SpecObject(System.Text.Json.JsonDocument.Parse(best["network"]!.ToJsonString()).RootElement));
            var h = entry["box"]!["max"]!.GetValue<double>();
            Assert.Equal((long)regions, RegionSearch.Count(network, BigRational.FromDouble(-h), BigRational.FromDouble(h)).Regions);
            Assert.InRange(regions, BigInteger.One, BigInteger.Parse(entry["bounds"]!["product"]!.GetValue<string>()));
        }

        // One positive neuron on [−20, 20]^2 reaches Theorem 4's 2^d − 1 = 3; the printed bounds for d = 2, [2].
        var first = report["configurations"]![1]!;
        Assert.Equal("3", first["best"]!["regions"]!.GetValue<string>());
        var twoNeurons = report["configurations"]![3]!["bounds"]!;
        Assert.Equal("3", twoNeurons["oneNeuron"]!.GetValue<string>());
        Assert.Equal("9", twoNeurons["product"]!.GetValue<string>());
        Assert.Equal("5", twoNeurons["sharedWeights"]!.GetValue<string>());
    }

    [Fact]
    public void BoundsHaveTheirClosedForms()
    {
        Assert.Equal(7, RegionBounds.OneNeuron(3));
        Assert.Equal(4095, RegionBounds.OneNeuron(12));
        Assert.Equal(7, RegionBounds.Product(3, [1], mixed: false));
        Assert.Equal(9, RegionBounds.Product(2, [2], mixed: false));
        Assert.Equal(27, RegionBounds.Product(2, [2, 1], mixed: false)); // 3·3 first layer, 3 for the output
        Assert.Equal(16 * 4, RegionBounds.Product(2, [2, 1], mixed: true));
        Assert.Equal(5, RegionBounds.SharedWeights(2, [2]));
        Assert.Equal(19, RegionBounds.SharedWeights(3, [2]));
        Assert.Equal(7, RegionBounds.SharedWeights(2, [3]));
        Assert.Null(RegionBounds.SharedWeights(2, [2, 2]));
    }

    [Theory]
    [InlineData(2, 2)]
    [InlineData(3, 2)]
    [InlineData(2, 3)]
    public void SharedWeightFormulaMatchesAnExactCount(int d, int m)
    {
        // Independent check of the printed formula: count a shared-weight layer exactly on a large box.
        var weights = Enumerable.Range(0, d).Select(i => BigRational.Create(4 + i, 4)).ToArray();
        var delays = Enumerable.Range(0, d).Select(i => BigRational.Create(i, 8)).ToArray();
        var layer = Enumerable.Range(1, m).Select(k => new SpikingNeuron(weights, delays, k)).ToArray();
        var regions = RegionSearch.Count(SpikingNetwork.OneLayer(layer), -1000, 1000).Regions;
        Assert.Equal(RegionBounds.SharedWeights(d, [m]), regions);
        Assert.True(regions <= RegionBounds.Product(d, [m], mixed: false));
    }

    [Fact]
    public void NormalFormIgnoresFieldOrderAndFillsDefaults()
    {
        var a = SweepDefinition.Parse("""{"kind":"snn-regions","grid":{"inputs":[2],"layers":[[1]],"boxes":[1],"mode":"random","count":3}}""");
        var b = SweepDefinition.Parse("""{"grid":{"count":3,"mode":"random","boxes":[1],"layers":[[1]],"inputs":[2],"signs":"positive","seed":1},"kind":"snn-regions"}""");
        Assert.Equal(a.Id, b.Id);
        Assert.Equal(a.NormalJson, b.NormalJson);
    }

    [Theory]
    [InlineData("""{"kind":"snn-regions","box":{"min":0,"max":1},"grid":{"inputs":[2],"layers":[[1]],"boxes":[1],"mode":"random","count":3}}""", "box")]
    [InlineData("""{"kind":"snn-regions","grid":{"inputs":[2],"layers":[[1]],"boxes":[1],"mode":"random","count":3},"search":{}}""", "search")]
    [InlineData("""{"kind":"snn-regions","grid":{"inputs":[],"layers":[[1]],"boxes":[1],"mode":"random","count":3}}""", "grid.inputs")]
    [InlineData("""{"kind":"snn-regions","grid":{"inputs":[2,13],"layers":[[1]],"boxes":[1],"mode":"random","count":3}}""", "grid.inputs[1]")]
    [InlineData("""{"kind":"snn-regions","grid":{"inputs":[2,2],"layers":[[1]],"boxes":[1],"mode":"random","count":3}}""", "grid.inputs[1]")]
    [InlineData("""{"kind":"snn-regions","grid":{"inputs":[2],"layers":[[1],[9]],"boxes":[1],"mode":"random","count":3}}""", "grid.layers[1][0]")]
    [InlineData("""{"kind":"snn-regions","grid":{"inputs":[2],"layers":[[1,1,1,1,1]],"boxes":[1],"mode":"random","count":3}}""", "grid.layers[0]")]
    [InlineData("""{"kind":"snn-regions","grid":{"inputs":[2],"layers":[2],"boxes":[1],"mode":"random","count":3}}""", "grid.layers[0]")]
    [InlineData("""{"kind":"snn-regions","grid":{"inputs":[2],"layers":[[1]],"boxes":[0],"mode":"random","count":3}}""", "grid.boxes[0]")]
    [InlineData("""{"kind":"snn-regions","grid":{"inputs":[2],"layers":[[1]],"boxes":[1],"mode":"exhaustive","count":3}}""", "grid.mode")]
    [InlineData("""{"kind":"snn-regions","grid":{"inputs":[2],"layers":[[1]],"boxes":[1],"count":3}}""", "grid.mode")]
    [InlineData("""{"kind":"snn-regions","grid":{"inputs":[2],"layers":[[1]],"boxes":[1],"mode":"random","count":3,"restarts":2}}""", "grid.restarts")]
    [InlineData("""{"kind":"snn-regions","grid":{"inputs":[2],"layers":[[1]],"boxes":[1],"mode":"search","restarts":2}}""", "grid.steps")]
    [InlineData("""{"kind":"snn-regions","grid":{"inputs":[2],"layers":[[1]],"boxes":[1],"mode":"search","restarts":2,"steps":1,"signs":"negative"}}""", "grid.signs")]
    [InlineData("""{"kind":"snn-regions","grid":{"inputs":[1,2,3,4,5,6,7,8],"layers":[[1],[2],[3],[4],[5],[6],[7],[8]],"boxes":[1,2],"mode":"random","count":3}}""", "grid")]
    [InlineData("""{"kind":"snn-regions","grid":{"inputs":[1,2,3,4],"layers":[[1],[2],[3],[4]],"boxes":[1],"mode":"search","restarts":10000,"steps":1}}""", "grid.restarts")]
    [InlineData("""{"kind":"snn-regions","grid":{"inputs":[2],"layers":[[1]],"boxes":[1],"mode":"random","count":3,"depth":2}}""", "grid.depth")]
    public void InvalidGridSpecsNameTheField(string json, string field)
    {
        var error = Assert.Throws<SpecException>(() => SweepDefinition.Parse(json));
        Assert.Equal(field, error.Field);
    }
}
