using System.Text.Json;
using Expressivity.Domain.NeuronExpressivity;
using Expressivity.Domain.Results;
using Expressivity.Domain.Sweeps;
using Expressivity.Domain.ThresholdCensus;
using Xunit;

namespace Expressivity.Domain.Tests.Sweeps;

/// <summary>
/// The grid forms of neuron-expressivity and threshold-census: parsing (lists, ranges, limits, errors at the
/// grid field), exact values against SPEC.md 1.1 and 1.2, each configuration equal to its run alone, and
/// E(N, K) from the neuron grid equal to the census's independent method (a).
/// </summary>
public class GridTests
{
    // SPEC.md 1.2: A000609 and A000617, N = 1..5.
    private static readonly string[] Functions = ["4", "14", "104", "1882", "94572"];
    private static readonly string[] Classes = ["3", "5", "10", "27", "119"];

    [Fact]
    public void Neuron_grid_gives_E_of_N_and_K_for_N_2_to_4_and_K_1_to_2()
    {
        var report = Run("""{"kind":"neuron-expressivity","grid":{"n":{"min":2,"max":4},"weightBounds":[1,2]}}""");
        var configurations = report.Result["configurations"]!.AsArray();
        var counts = configurations.Select(c => ((int)c!["spec"]!["n"]!, (long)c["spec"]!["weights"]!["max"]!, (string)c["result"]!["distinctFunctions"]!)).ToList();
        // K = 1 is the ternary family, 2N·3^(N−1) + 2 (SPEC.md 1.1); K = 2 reaches T(N) for N ≤ 3 (M(3) = 2), not for N = 4
        // (M(4) = 3): E(4, 2) = 986 < 1882, the value the census's method (a) gives too (test below).
        Assert.Equal([(2, 1L, "14"), (2, 2L, "14"), (3, 1L, "56"), (3, 2L, "104"), (4, 1L, "218"), (4, 2L, "986")], counts);
        Assert.All(configurations.Where(c => (long)c!["spec"]!["weights"]!["max"]! == 1), c => Assert.True((bool)c!["result"]!["closedFormAgrees"]!));

        // One table: a header, then one line per configuration (n and weights vary, so they are the columns).
        Assert.Equal(7, report.Rows.Count);
        Assert.StartsWith("n  weights", report.Rows[0].Key);
        Assert.StartsWith("distinct functions  closed form", report.Rows[0].Value);
        Assert.StartsWith("4  {\"min\":-2,\"max\":2}", report.Rows[6].Key);
        Assert.StartsWith("986", report.Rows[6].Value);
    }

    [Fact]
    public void Each_grid_configuration_reports_exactly_what_it_reports_alone()
    {
        var grid = Run("""{"kind":"neuron-expressivity","grid":{"n":[3],"weights":[{"set":[-1,1]},{"min":0,"max":2}],"inputs":["binary","bipolar"],"threshold":{"min":-1,"max":1}}}""");
        foreach (var c in grid.Result["configurations"]!.AsArray())
        {
            var alone = LocalRunner.Run(SweepDefinition.Parse(c!["spec"]!.ToJsonString()), threads: 1);
            Assert.Equal(alone.Result.ToJsonString(), c["result"]!.ToJsonString());
        }
    }

    [Fact]
    public void Census_grid_reproduces_A000609_and_A000617_for_N_1_to_5_and_meets_the_neuron_grid()
    {
        var census = Run("""{"kind":"threshold-census","grid":{"n":{"min":1,"max":5}}}""");
        var configurations = census.Result["configurations"]!.AsArray();
        Assert.Equal(Functions, configurations.Select(c => (string)c!["result"]!["thresholdFunctions"]!));
        Assert.Equal(Classes, configurations.Select(c => (string)c!["result"]!["npClasses"]!));
        Assert.Equal([1, 1, 2, 3, 5], configurations.Select(c => (int)c!["result"]!["maxWeight"]!));
        Assert.StartsWith("n", census.Rows[0].Key);
        Assert.Contains("E(N, 5)", census.Rows[0].Value);

        // E(N, K) two ways: the neuron grid's brute force and the census's sorted weight vectors (method (a)).
        var neuron = Run("""{"kind":"neuron-expressivity","grid":{"n":[2,3,4],"weightBounds":{"min":1,"max":2}}}""");
        foreach (var c in neuron.Result["configurations"]!.AsArray())
        {
            var n = (int)c!["spec"]!["n"]!;
            var k = (int)c["spec"]!["weights"]!["max"]!;
            var bound = configurations[n - 1]!["result"]!["byWeightBound"]!.AsArray().FirstOrDefault(b => (int)b!["k"]! == k)
                ?? configurations[n - 1]!["result"]!["byWeightBound"]!.AsArray()[^1]; // past M(N), E(N, K) = T(N)
            Assert.Equal((string)bound!["functions"]!, (string)c["result"]!["distinctFunctions"]!);
        }
    }

    [Fact]
    public void Grid_tidy_rows_carry_each_configurations_parameters()
    {
        var report = Run("""{"kind":"threshold-census","grid":{"n":[2,3],"weightBoundLimit":[1]}}""");
        using var result = JsonDocument.Parse(report.Result.ToJsonString());
        var rows = TidyRows.FromResult("s", "threshold-census", null, result.RootElement);
        Assert.Contains(new TidyRow("s", "threshold-census", "n=3; weightBoundLimit=1", "thresholdFunctions", "104"), rows);
        Assert.Contains(new TidyRow("s", "threshold-census", "n=2; weightBoundLimit=1", "byWeightBound[0].functions", "14"), rows);
        using var writer = new StringWriter();
        TidyCsv.Write(rows, writer);
        Assert.Equal(rows, TidyCsv.Read(new StringReader(writer.ToString())));
    }

    [Fact]
    public void Ranges_lists_and_bounds_normalise_to_one_sweep()
    {
        var a = SweepDefinition.Parse("""{"kind":"neuron-expressivity","grid":{"n":{"min":2,"max":3},"weightBounds":[1]}}""");
        var b = SweepDefinition.Parse("""{"kind":"neuron-expressivity","grid":{"n":[2,3],"weights":[{"min":-1,"max":1}],"inputs":["binary"],"threshold":"any","method":"auto"}}""");
        Assert.Equal(a.NormalJson, b.NormalJson);
        Assert.Equal(a.Id, b.Id);
        Assert.Equal(2, ((NeuronExpressivityGridSpec)a.Spec).Grid.Configurations.Count);
        var census = (ThresholdCensusGridSpec)SweepDefinition.Parse("""{"kind":"threshold-census","grid":{"n":[4,5],"weightBoundLimit":{"min":0,"max":2}}}""").Spec;
        Assert.Equal([(4, 0), (4, 1), (4, 2), (5, 0), (5, 1), (5, 2)], census.Grid.Configurations.Select(c => (c.N, c.WeightBoundLimit)));
    }

    [Theory]
    [InlineData("""{"kind":"neuron-expressivity","grid":{"n":[2,2],"weightBounds":[1]}}""", "grid.n[1]", "repeats")]
    [InlineData("""{"kind":"neuron-expressivity","grid":{"n":{"min":1,"max":9},"weightBounds":{"min":1,"max":8}}}""", "grid", "72 configurations; at most 64")]
    [InlineData("""{"kind":"neuron-expressivity","grid":{"n":[2]}}""", "grid.weightBounds", "give weightBounds")]
    [InlineData("""{"kind":"neuron-expressivity","grid":{"n":[2],"weightBounds":[1],"weights":[{"min":-1,"max":1}]}}""", "grid.weights[0]", "repeats an earlier weight family")]
    [InlineData("""{"kind":"neuron-expressivity","grid":{"n":[3,8],"weightBounds":[1],"method":"brute"}}""", "grid.n[1]", "configuration n=8")]
    [InlineData("""{"kind":"neuron-expressivity","grid":{"n":[3],"weights":[{"min":1,"max":0}]}}""", "grid.weights[0].min", "empty")]
    [InlineData("""{"kind":"neuron-expressivity","grid":{"n":[3],"weightBounds":[1],"inputs":["ternary"]}}""", "grid.inputs[0]", "binary")]
    [InlineData("""{"kind":"neuron-expressivity","grid":{"n":{"min":3,"max":2},"weightBounds":[1]}}""", "grid.n.min", "empty")]
    [InlineData("""{"kind":"threshold-census","grid":{"n":[11]}}""", "grid.n[0]", "out of range")]
    [InlineData("""{"kind":"threshold-census","grid":{"n":{"min":0,"max":3},"weightBoundLimit":{"min":0,"max":20}}}""", "grid", "84 configurations")]
    [InlineData("""{"kind":"threshold-census","grid":{"n":[3]},"n":3}""", "n", "unknown field")]
    public void Bad_grids_are_refused_naming_the_field(string json, string field, string problem)
    {
        var e = Assert.Throws<SpecException>(() => SweepDefinition.Parse(json));
        Assert.Equal(field, e.Field);
        Assert.Contains(problem, e.Problem);
    }

    // The result re-read from its text, as a user of --json sees it (numbers as written).
    private static SweepReport Run(string json)
    {
        var report = LocalRunner.Run(SweepDefinition.Parse(json), threads: 2);
        return report with { Result = System.Text.Json.Nodes.JsonNode.Parse(report.Result.ToJsonString())!.AsObject() };
    }
}
