using System.Text.Json;
using Expressivity.Domain.Numerics;
using Expressivity.Domain.SnnRegions;
using Expressivity.Domain.SnnRegions.Refinement;
using Expressivity.Domain.SnnRegions.Sweep;
using Expressivity.Domain.Sweeps;
using Xunit;

namespace Expressivity.Domain.Tests.SnnRegions;

public class SnnRegionsKindTests
{
    private const string SpecExample = """
        { "kind": "snn-regions", "box": { "min": -10, "max": 10 },
          "network": { "inputs": 3, "layers": [ [
            { "weights": [1.2, 0.7, 1.5], "delays": [0, 0.3, 0.1], "threshold": 1.0 },
            { "weights": [0.9, 1.8, 0.6], "delays": [0.2, 0, 0], "threshold": 1.4 } ] ] } }
        """;

    [Fact]
    public void ExplicitNetworkUnitsSumToTheWholeSearch()
    {
        var definition = SweepDefinition.Parse(SpecExample);
        var report = LocalRunner.Run(definition, threads: 2);
        var spec = (SnnRegionsSpec)definition.Spec;
        var whole = RegionSearch.Count(spec.Network!, -10, 10);
        Assert.Equal(whole.Regions.ToString(System.Globalization.CultureInfo.InvariantCulture), report.Result["regions"]!.GetValue<string>());
        Assert.True(whole.Regions > 7); // two neurons on three inputs: more than either alone
        Assert.False(report.Result["discontinuous"]!.GetValue<bool>());
        Assert.False(report.Result["mixedSigns"]!.GetValue<bool>());
        Assert.Equal("linear", report.Result["regionKind"]!.GetValue<string>());
        // Refinement: one unit per cell after the first neuron (the cut of a one-layer network), then one merge unit.
        var cut = RegionRefinement.Paths(spec.Network!, -10, 10, RegionRefinement.CutDepth(spec.Network!)).Count;
        Assert.Equal(cut, definition.Kind.Plan(spec, 0, Partial.Empty).Count);
        Assert.Equal(["maps/all"], definition.Kind.Plan(spec, 1, Partial.Empty).Select(u => u.Id));
        var (linear, maps) = OutputMaps.Count(RegionRefinement.Regions(spec.Network!, -10, 10));
        Assert.Equal(linear.ToString(System.Globalization.CultureInfo.InvariantCulture), report.Result["linearRegions"]!.GetValue<string>());
        Assert.Equal(maps.ToString(System.Globalization.CultureInfo.InvariantCulture), report.Result["affineMaps"]!.GetValue<string>());
        Assert.Null(report.Result["bounds"]!["parallelLines"]); // two inputs only
        Assert.Equal("49", report.Result["bounds"]!["outputProduct"]!["value"]!.GetValue<string>());
        Assert.Equal("upper", report.Result["bounds"]!["oneNeuron"]!["kind"]!.GetValue<string>());
        Assert.Empty(definition.Kind.Plan(spec, 2, Partial.Empty));
    }

    [Fact]
    public void BoxSizeExampleThroughTheSweep()
    {
        foreach (var (half, expected) in new[] { (0.2, "1"), (0.5, "4"), (1.0, "7") })
        {
            var json = """
                {"kind":"snn-regions","box":{"min":MIN,"max":MAX},
                 "network":{"inputs":3,"layers":[[{"weights":[1,1,1],"threshold":1}]]}}
                """.Replace("MIN", (-half).ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Replace("MAX", half.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(expected, LocalRunner.Run(SweepDefinition.Parse(json)).Result["regions"]!.GetValue<string>());
        }
    }

    [Fact]
    public void TwoInputNetworkReportsLinearRegionsAndTheParallelLineBound()
    {
        const string json = """
            {"kind":"snn-regions","box":{"min":-10,"max":10},
             "network":{"inputs":2,"layers":[[{"weights":[1,1],"threshold":1},{"weights":[1,1],"threshold":2}]]}}
            """;
        var report = LocalRunner.Run(SweepDefinition.Parse(json), threads: 2).Result;
        // Shared weights, thresholds 1 and 2: (m+1)^d − m^d = 5 regions, Example 3's at most 2m + 1 = 5.
        Assert.Equal("5", report["regions"]!.GetValue<string>());
        Assert.Equal("5", report["bounds"]!["parallelLines"]!["value"]!.GetValue<string>());
        Assert.Equal("5", report["bounds"]!["sharedWeights"]!["value"]!.GetValue<string>());
        Assert.Equal("5", report["linearRegions"]!.GetValue<string>());
        Assert.Equal("refinement", report["method"]!.GetValue<string>());
        Assert.False(report["discontinuous"]!.GetValue<bool>());
    }

    [Fact]
    public void MixedSignJumpIsReported()
    {
        const string json = """
            {"kind":"snn-regions","box":{"min":-3,"max":3},
             "network":{"inputs":3,"layers":[[{"weights":[1,-2,5],"delays":[0,0,0],"threshold":1}]]}}
            """;
        var report = LocalRunner.Run(SweepDefinition.Parse(json));
        Assert.True(report.Result["discontinuous"]!.GetValue<bool>());
        Assert.True(report.Result["mixedSigns"]!.GetValue<bool>());
        Assert.Equal("causal-set", report.Result["regionKind"]!.GetValue<string>());
    }

    [Fact]
    public void NormalFormFillsDefaultsAndIgnoresFieldOrder()
    {
        var a = SweepDefinition.Parse("""{"kind":"snn-regions","box":{"min":-1,"max":1},"network":{"inputs":2,"layers":[[{"weights":[1,1],"threshold":1}]]}}""");
        var b = SweepDefinition.Parse("""{"network":{"layers":[[{"threshold":1,"delays":[0,0],"weights":[1,1]}]],"inputs":2},"box":{"max":1,"min":-1},"kind":"snn-regions"}""");
        Assert.Equal(a.Id, b.Id);
        Assert.Equal(a.NormalJson, b.NormalJson);
    }

    [Theory]
    [InlineData("""{"kind":"snn-regions","box":{"min":1,"max":1},"network":{"inputs":1,"layers":[[{"weights":[1],"threshold":1}]]}}""", "box")]
    [InlineData("""{"kind":"snn-regions","box":{"min":0,"max":1},"network":{"inputs":2,"layers":[[{"weights":[1],"threshold":1}]]}}""", "network.layers[0][0].weights")]
    [InlineData("""{"kind":"snn-regions","box":{"min":0,"max":1},"network":{"inputs":1,"layers":[[{"weights":[1],"threshold":0}]]}}""", "network.layers[0][0].threshold")]
    [InlineData("""{"kind":"snn-regions","box":{"min":0,"max":1},"network":{"inputs":2,"layers":[[{"weights":[1,1],"delays":[0,-0.5],"threshold":1}]]}}""", "network.layers[0][0].delays[1]")]
    [InlineData("""{"kind":"snn-regions","box":{"min":0,"max":1},"network":{"inputs":1,"layers":[[{"weights":[1],"threshold":1}],[{"weights":[1,2],"threshold":1}]]}}""", "network.layers[1][0].weights")]
    [InlineData("""{"kind":"snn-regions","box":{"min":0,"max":1},"network":{"inputs":1,"layers":[[{"weights":[1],"threshold":1,"leak":2}]]}}""", "network.layers[0][0].leak")]
    [InlineData("""{"kind":"snn-regions","box":{"min":0,"max":1},"network":{"inputs":1,"layers":[]}}""", "network.layers")]
    [InlineData("""{"kind":"snn-regions","box":{"min":0,"max":1}}""", "network")]
    [InlineData("""{"kind":"snn-regions","box":{"min":0,"max":1},"network":{"inputs":1,"layers":[[{"weights":[1],"threshold":1}]]},"random":{"inputs":1,"layers":[1],"count":1}}""", "random")]
    [InlineData("""{"kind":"snn-regions","box":{"min":0,"max":1},"random":{"inputs":2,"layers":[9],"count":1}}""", "random.layers[0]")]
    [InlineData("""{"kind":"snn-regions","box":{"min":0,"max":1},"random":{"inputs":2,"layers":[1],"count":1,"signs":"negative"}}""", "random.signs")]
    [InlineData("""{"kind":"snn-regions","box":{"min":0,"max":1},"search":{"inputs":2,"layers":[1],"restarts":0,"steps":1}}""", "search.restarts")]
    [InlineData("""{"kind":"snn-regions","box":{"min":0,"max":1},"network":{"inputs":1,"layers":[[{"weights":[1],"threshold":1}]]},"extra":1}""", "extra")]
    public void InvalidSpecsNameTheField(string json, string field)
    {
        var error = Assert.Throws<SpecException>(() => SweepDefinition.Parse(json));
        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void RandomPositiveDrawsAllReachTheMaximum()
    {
        const string json = """
            {"kind":"snn-regions","box":{"min":-100,"max":100},
             "random":{"inputs":3,"layers":[1],"signs":"positive","count":20,"seed":9}}
            """;
        var report = LocalRunner.Run(SweepDefinition.Parse(json), threads: 2).Result;
        Assert.Equal("20", report["draws"]!.GetValue<string>());
        Assert.Equal("7", report["minRegions"]!.GetValue<string>());
        Assert.Equal("7", report["maxRegions"]!.GetValue<string>());
        Assert.Equal("140", report["totalRegions"]!.GetValue<string>());
        Assert.Equal(0, report["best"]!["draw"]!.GetValue<long>()); // ties go to the first draw
    }

    [Fact]
    public void RandomMixedDrawsReportTheirDistributionAndBest()
    {
        const string json = """
            {"kind":"snn-regions","box":{"min":-20,"max":20},
             "random":{"inputs":2,"layers":[2],"signs":"mixed","count":24,"seed":5}}
            """;
        var definition = SweepDefinition.Parse(json);
        var report = LocalRunner.Run(definition, threads: 2).Result;
        var histogram = report["histogram"]!.AsArray();
        Assert.Equal(24, histogram.Sum(h => long.Parse(h!["draws"]!.GetValue<string>())));
        var best = report["best"]!;
        Assert.Equal(report["maxRegions"]!.GetValue<string>(), best["regions"]!.GetValue<string>());
        // The reported parameters are the draw's own: recounting them gives the reported maximum.
        var spec = (SnnRegionsSpec)definition.Spec;
        var network = spec.Random!.Family.Draw(spec.Random.Seed, best["draw"]!.GetValue<long>());
        Assert.Equal(long.Parse(best["regions"]!.GetValue<string>()), RegionSearch.Count(network, -20, 20).Regions);
        var written = SweepDefinition.Parse("""{"kind":"snn-regions","box":{"min":-20,"max":20},"network":NET}""".Replace("NET", best["network"]!.ToJsonString()));
        Assert.Equal(best["regions"]!.GetValue<string>(), LocalRunner.Run(written).Result["regions"]!.GetValue<string>());
    }

    [Fact]
    public void SearchClimbsToExample3sMaximum()
    {
        const string json = """
            {"kind":"snn-regions","box":{"min":-50,"max":50},
             "search":{"inputs":2,"layers":[2],"signs":"positive","restarts":3,"steps":30,"seed":2}}
            """;
        var report = LocalRunner.Run(SweepDefinition.Parse(json), threads: 2).Result;
        Assert.Equal("5", report["best"]!["regions"]!.GetValue<string>());
        Assert.Equal("93", report["evaluations"]!.GetValue<string>());
        // The replayed winner is the network that scored: counting it again gives the reported 5.
        var replayed = SweepDefinition.Parse("""{"kind":"snn-regions","box":{"min":-50,"max":50},"network":NET}""".Replace("NET", report["best"]!["network"]!.ToJsonString()));
        Assert.Equal("5", LocalRunner.Run(replayed).Result["regions"]!.GetValue<string>());
    }

    [Fact]
    public void SearchRunsOffTheGridAndReportsTheWinnersLinearRegions()
    {
        const string json = """
            {"kind":"snn-regions","box":{"min":-20,"max":20},
             "search":{"inputs":2,"layers":[2,1],"signs":"positive","restarts":2,"steps":20,"seed":1}}
            """;
        var report = LocalRunner.Run(SweepDefinition.Parse(json), threads: 2).Result;
        var best = report["best"]!;
        // Exact values of this deterministic search: a weaker search finds fewer.
        Assert.Equal("7", best["regions"]!.GetValue<string>());
        Assert.Equal("5", best["linearRegions"]!.GetValue<string>());
        var network = NetworkJson.Read(new SpecObject(JsonDocument.Parse(best["network"]!.ToJsonString()).RootElement));
        Assert.Contains(network.Layers.SelectMany(l => l).SelectMany(n => n.Weights.Concat(n.Delays).Append(n.Threshold)),
            v => (v * 8).Denominator != 1); // off the 1/8 grid
        // Recounted by the causal-set search (patterns) and by refinement (linear regions, maps).
        Assert.Equal(long.Parse(best["regions"]!.GetValue<string>()), RegionSearch.Count(network, -20, 20).Regions);
        var (linear, maps) = OutputMaps.Count(RegionRefinement.Regions(network, -20, 20));
        Assert.Equal((linear, maps), (long.Parse(best["linearRegions"]!.GetValue<string>()), long.Parse(best["affineMaps"]!.GetValue<string>())));
    }

    [Fact]
    public void DrawsAreAPureFunctionOfSeedAndIndex()
    {
        var family = new RandomNetworks(3, [2, 1], Mixed: true);
        var a = NetworkJson.Write(family.Draw(7, 3)).ToJsonString();
        Assert.Equal(a, NetworkJson.Write(family.Draw(7, 3)).ToJsonString());
        Assert.NotEqual(a, NetworkJson.Write(family.Draw(7, 4)).ToJsonString());
        Assert.All(family.Draw(7, 3).Layers.SelectMany(l => l).SelectMany(n => n.Weights),
            w => Assert.True(w.Abs() >= RandomNetworks.Step && w.Abs() <= 2));
    }

    [Fact]
    public void ExampleSpecsParseAndTheSpecExampleHas21Regions()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Cluster.sln"))) root = root.Parent;
        Assert.NotNull(root);
        var files = Directory.GetFiles(Path.Combine(root.FullName, "examples"), "snn-regions-*.json");
        Assert.True(files.Length >= 4);
        foreach (var file in files) Assert.Equal("snn-regions", SweepDefinition.Load(file).Kind.Name);
        var example = SweepDefinition.Load(Path.Combine(root.FullName, "examples", "snn-regions-spec-example.json"));
        Assert.Equal("21", LocalRunner.Run(example, threads: 2).Result["regions"]!.GetValue<string>());
    }

    [Fact]
    public void SamplingTheSpecExampleNeverFindsAnUncountedPattern()
    {
        // A 3-D grid can only find some regions; any pattern it finds must be among the exact ones.
        var spec = (SnnRegionsSpec)SweepDefinition.Parse(SpecExample).Spec;
        var exact = RegionSearch.Count(spec.Network!, spec.Min, spec.Max, record: true);
        var keys = exact.Tuples.Select(t => string.Join(" ", t)).ToHashSet();
        var found = new HashSet<string>();
        for (var i = 0; i < 18; i++)
        {
            for (var j = 0; j < 18; j++)
            {
                for (var k = 0; k < 18; k++)
                {
                    BigRational[] x = [Grid(i), Grid(j) + BigRational.Create(1, 97), Grid(k) - BigRational.Create(1, 89)];
                    found.Add(string.Join(" ", NetworkEvaluator.Patterns(spec.Network!, x)));
                }
            }
        }

        Assert.Subset(keys, found);
        Assert.True(found.Count >= 15, $"grid found only {found.Count} of {keys.Count}");
    }

    private static BigRational Grid(int i) => BigRational.Create((20 * i) - 170, 18);
}
