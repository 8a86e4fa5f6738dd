using Expressivity.Domain.Sweeps;
using Xunit;

namespace Expressivity.Domain.Tests.NeuronExpressivity;

/// <summary>Spec parsing: defaults, normal form, and every invalid input named by its field.</summary>
public class SpecTests
{
    [Fact]
    public void DefaultsAreFilledInAFixedOrderAndSetsSorted()
    {
        var definition = SweepDefinition.Parse("""{"weights":{"set":[3,-1,0]},"n":3,"kind":"neuron-expressivity"}""");
        Assert.Equal(
            """{"kind":"neuron-expressivity","n":3,"inputs":"binary","weights":{"set":[-1,0,3]},"threshold":"any","method":"auto"}""",
            definition.NormalJson);
        var spelledOut = SweepDefinition.Parse(
            """{"kind":"neuron-expressivity","method":"auto","threshold":"any","inputs":"binary","n":3,"weights":{"set":[0,3,-1]}}""");
        Assert.Equal(definition.Id, spelledOut.Id);
    }

    [Fact]
    public void ThresholdFormsNormalise()
    {
        Assert.Contains("\"threshold\":{\"value\":0}", SweepDefinition.Parse(NeuronRun.Spec(2, """{"min":-1,"max":1}""", """{"value":0}""")).NormalJson);
        Assert.Contains("\"threshold\":{\"min\":-2,\"max\":5}", SweepDefinition.Parse(NeuronRun.Spec(2, """{"min":-1,"max":1}""", """{"max":5,"min":-2}""")).NormalJson);
    }

    [Fact]
    public void AutoAndBruteRunBruteForce()
    {
        var result = NeuronRun.Report("""{"kind":"neuron-expressivity","n":2,"weights":{"set":[0,1]},"method":"brute"}""").Result;
        Assert.Equal("brute", result["method"]!.GetValue<string>());
        Assert.Equal("4", result["weightVectors"]!.GetValue<string>());
    }

    [Fact]
    public void AutoPicksBruteUpToSevenInputsAndCanonicalAbove()
    {
        Assert.Equal("brute", NeuronRun.Report(NeuronRun.Spec(7, """{"set":[0,1]}""")).Result["method"]!.GetValue<string>());
        var result = NeuronRun.Report(NeuronRun.Spec(8, """{"set":[0,1]}""")).Result;
        Assert.Equal("canonical", result["method"]!.GetValue<string>());
        Assert.Equal("orbits", result["canonicalMode"]!.GetValue<string>());
        Assert.Equal("256", result["weightVectors"]!.GetValue<string>());
        Assert.Equal("9", result["enumeratedVectors"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{"kind":"neuron-expressivity","n":0,"weights":{"set":[1]}}""", "n")]
    [InlineData("""{"kind":"neuron-expressivity","n":-3,"weights":{"set":[1]}}""", "n")]
    [InlineData("""{"kind":"neuron-expressivity","n":8,"weights":{"set":[1]},"method":"brute"}""", "n")]
    [InlineData("""{"kind":"neuron-expressivity","n":63,"weights":{"set":[1]}}""", "n")]
    [InlineData("""{"kind":"neuron-expressivity","n":20,"weights":{"min":-60000,"max":60000},"method":"canonical"}""", "weights")]
    [InlineData("""{"kind":"neuron-expressivity","n":40,"weights":{"min":-100,"max":100}}""", "weights")]
    [InlineData("""{"kind":"neuron-expressivity","n":1.5,"weights":{"set":[1]}}""", "n")]
    [InlineData("""{"kind":"neuron-expressivity","weights":{"set":[1]}}""", "n")]
    [InlineData("""{"kind":"neuron-expressivity","n":3}""", "weights")]
    [InlineData("""{"kind":"neuron-expressivity","n":3,"weights":{"min":2,"max":1}}""", "weights.min")]
    [InlineData("""{"kind":"neuron-expressivity","n":3,"weights":{"min":2}}""", "weights.max")]
    [InlineData("""{"kind":"neuron-expressivity","n":3,"weights":{"set":[]}}""", "weights.set")]
    [InlineData("""{"kind":"neuron-expressivity","n":3,"weights":{"set":[1,2,1]}}""", "weights.set")]
    [InlineData("""{"kind":"neuron-expressivity","n":3,"weights":{"set":[1,"2"]}}""", "weights.set[1]")]
    [InlineData("""{"kind":"neuron-expressivity","n":3,"weights":{"set":[1],"min":0,"max":1}}""", "weights")]
    [InlineData("""{"kind":"neuron-expressivity","n":3,"weights":{"min":0,"max":1,"step":1}}""", "weights.step")]
    [InlineData("""{"kind":"neuron-expressivity","n":4,"weights":{"set":[0,1152921504606846976]}}""", "weights")]
    [InlineData("""{"kind":"neuron-expressivity","n":2,"weights":{"min":-9223372036854775808,"max":9223372036854775807}}""", "weights")]
    [InlineData("""{"kind":"neuron-expressivity","n":7,"weights":{"min":-26,"max":26}}""", "weights")]
    [InlineData("""{"kind":"neuron-expressivity","n":3,"weights":{"set":[1]},"inputs":"ternary"}""", "inputs")]
    [InlineData("""{"kind":"neuron-expressivity","n":3,"weights":{"set":[1]},"threshold":"some"}""", "threshold")]
    [InlineData("""{"kind":"neuron-expressivity","n":3,"weights":{"set":[1]},"threshold":{"value":1,"min":0}}""", "threshold")]
    [InlineData("""{"kind":"neuron-expressivity","n":3,"weights":{"set":[1]},"threshold":{"min":3,"max":2}}""", "threshold.min")]
    [InlineData("""{"kind":"neuron-expressivity","n":3,"weights":{"set":[1]},"threshold":{"value":9223372036854775807}}""", "threshold.value")]
    [InlineData("""{"kind":"neuron-expressivity","n":3,"weights":{"set":[1]},"threshold":{"value":1,"step":2}}""", "threshold.step")]
    [InlineData("""{"kind":"neuron-expressivity","n":3,"weights":{"set":[1]},"method":"fast"}""", "method")]
    [InlineData("""{"kind":"neuron-expressivity","n":3,"weights":{"set":[1]},"extra":true}""", "extra")]
    public void BadSpecNamesTheField(string json, string field)
    {
        var error = Assert.Throws<SpecException>(() => SweepDefinition.Parse(json));
        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void LimitsAreStatedInTheMessages()
    {
        Assert.Contains("n ≤ 7", Assert.Throws<SpecException>(() => SweepDefinition.Parse(NeuronRun.Spec(8, """{"set":[1]}""", method: "brute"))).Problem);
        Assert.Contains("n ≤ 62", Assert.Throws<SpecException>(() => SweepDefinition.Parse(NeuronRun.Spec(63, """{"set":[1]}"""))).Problem);
        // C(40 + 101 − 1, 40) sorted magnitude vectors: the message names the count.
        Assert.Contains("sorted vectors", Assert.Throws<SpecException>(() => SweepDefinition.Parse(NeuronRun.Spec(40, """{"min":-100,"max":100}"""))).Problem);
        // 53^7 weight vectors: the message names the size.
        Assert.Contains("1174711139837", Assert.Throws<SpecException>(() => SweepDefinition.Parse(NeuronRun.Spec(7, """{"min":-26,"max":26}"""))).Problem);
    }
}
