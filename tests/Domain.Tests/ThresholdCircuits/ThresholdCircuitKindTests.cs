using System.Text.Json;
using Expressivity.Domain.Sweeps;
using Expressivity.Domain.ThresholdCircuits;
using Xunit;

namespace Expressivity.Domain.Tests.ThresholdCircuits;

public class ThresholdCircuitKindTests
{
    [Fact]
    public void A_sweep_reports_the_verified_best_circuit()
    {
        var result = Run("""{"kind":"threshold-circuit","function":"parity","n":16,"maxDepth":3}""");
        Assert.Equal(5, (int)result["gates"]!);
        Assert.Equal(3, (int)result["depth"]!);
        Assert.Equal("65536", (string)result["verifiedInputs"]!);
        Assert.True((bool)result["verified"]!);
        Assert.Equal("[6,2]", result["moduli"]!.ToJsonString());
        var circuit = CircuitJson.Read(JsonDocument.Parse(result["circuit"]!.ToJsonString()).RootElement);
        Assert.Null(CircuitVerifier.FindCounterexample(circuit, SymmetricFunction.Parity, 1));
    }

    [Fact]
    public void The_minimal_search_reports_its_bounds()
    {
        var result = Run("""{"kind":"threshold-circuit","function":"parity","n":4,"maxDepth":2,"construction":"minimal"}""");
        Assert.Equal(3, (int)result["gates"]!);
        Assert.True((bool)result["verified"]!);
        Assert.Equal("""{"lowerBound":3,"upperBound":3,"exact":true,"refuted":[{"gates":1,"hiddenSets":"1"},{"gates":2,"hiddenSets":"14"}]}""", result["minimal"]!.ToJsonString());
    }

    [Theory]
    [InlineData("""{"kind":"threshold-circuit","function":"majority","n":5}""", "function")]
    [InlineData("""{"kind":"threshold-circuit","function":"parity","n":0}""", "n")]
    [InlineData("""{"kind":"threshold-circuit","function":"parity","n":8,"maxDepth":1}""", "maxDepth")]
    [InlineData("""{"kind":"threshold-circuit","function":"parity","n":8,"construction":"chain","moduli":[4,6]}""", "moduli[1]")]
    [InlineData("""{"kind":"threshold-circuit","function":"parity","n":8,"construction":"chain","moduli":[16]}""", "moduli[0]")]
    [InlineData("""{"kind":"threshold-circuit","function":"parity","n":8,"construction":"chain","moduli":[3]}""", "moduli[0]")]
    [InlineData("""{"kind":"threshold-circuit","function":"parity","n":64,"verify":"exhaustive"}""", "verify")]
    [InlineData("""{"kind":"threshold-circuit","function":"parity","n":8,"construction":"fastest"}""", "construction")]
    [InlineData("""{"kind":"threshold-circuit","function":"parity","n":8,"maxDepth":2,"moduli":[4,2]}""", "maxDepth")]
    [InlineData("""{"kind":"threshold-circuit","function":{"periodic":{"period":4,"ones":[4]}},"n":8}""", "function.periodic.ones[0]")]
    [InlineData("""{"kind":"threshold-circuit","function":{"periodic":{"period":5,"ones":[1,3]}},"n":8,"construction":"depth2-halving"}""", "construction")]
    [InlineData("""{"kind":"threshold-circuit","function":"parity","n":12,"construction":"minimal"}""", "n")]
    public void Bad_specs_name_the_field(string text, string field) =>
        Assert.Equal(field, Assert.Throws<SpecException>(() => new ThresholdCircuitKind().Parse(JsonDocument.Parse(text).RootElement)).Field);

    private static System.Text.Json.Nodes.JsonObject Run(string text)
    {
        var kind = new ThresholdCircuitKind(unitLog2Inputs: 12);
        var spec = kind.Parse(JsonDocument.Parse(text).RootElement);
        return LocalRunner.Run(SweepDefinition.FromSpec(kind, spec), threads: 2).Result;
    }
}
