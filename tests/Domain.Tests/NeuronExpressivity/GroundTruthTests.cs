using Expressivity.Domain.Sweeps;
using Xunit;

namespace Expressivity.Domain.Tests.NeuronExpressivity;

/// <summary>Public numbers of SPEC.md 1.2 that small weight ranges already reach, and the shipped example.</summary>
public class GroundTruthTests
{
    [Fact]
    public void FourInputsWeightsUpToThreeGiveAllThresholdFunctions() =>
        Assert.Equal(1882, NeuronRun.Distinct(NeuronRun.Spec(4, """{"min":-3,"max":3}""")));

    [Fact]
    public void FiveInputsWeightsUpToFiveGiveA000609() =>
        Assert.Equal(94572, NeuronRun.Distinct(NeuronRun.Spec(5, """{"min":-5,"max":5}""")));

    [Fact]
    public void ThreeInputsNeedOnlyWeightTwo()
    {
        // M(3) = 2: weights in [-1, 1] miss some of the 104 functions, [-2, 2] gets them all.
        Assert.Equal(104, NeuronRun.Distinct(NeuronRun.Spec(3, """{"min":-2,"max":2}""")));
        Assert.True(NeuronRun.Distinct(NeuronRun.Spec(3, """{"min":-1,"max":1}""")) < 104);
    }

    [Fact]
    public void RangeAndSetSpellingsOfTernaryWeightsAgree()
    {
        for (var n = 1; n <= 5; n++)
        {
            Assert.Equal(
                NeuronRun.Distinct(NeuronRun.Spec(n, """{"set":[1,0,-1]}""")),
                NeuronRun.Distinct(NeuronRun.Spec(n, """{"min":-1,"max":1}""")));
        }
    }

    [Fact]
    public void ShippedExampleParsesAndGives1882()
    {
        var definition = SweepDefinition.Load(Path.Combine(RepositoryRoot(), "examples", "neuron-n4-k3.json"));
        var result = LocalRunner.Run(definition).Result;
        Assert.Equal("1882", result["distinctFunctions"]!.GetValue<string>());
        Assert.Equal("2401", result["weightVectors"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("neuron-n5-k5.json", "94572")]
    [InlineData("neuron-n6-ternary.json", "2918")]
    [InlineData("neuron-n6-bipolar-t0.json", "64")]
    public void OtherShippedExamplesGiveTheirKnownCounts(string file, string expected)
    {
        var result = LocalRunner.Run(SweepDefinition.Load(Path.Combine(RepositoryRoot(), "examples", file))).Result;
        Assert.Equal(expected, result["distinctFunctions"]!.GetValue<string>());
        Assert.NotEqual(false, result["closedFormAgrees"]?.GetValue<bool>());
    }

    [Fact]
    public void ShippedSixInputExampleParses()
    {
        var definition = SweepDefinition.Load(Path.Combine(RepositoryRoot(), "examples", "neuron-n6-k6.json"));
        Assert.Equal(
            """{"kind":"neuron-expressivity","n":6,"inputs":"binary","weights":{"min":-6,"max":6},"threshold":"any","method":"auto"}""",
            definition.NormalJson);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Cluster.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new DirectoryNotFoundException("Cluster.sln not found above the test binaries");
    }
}
