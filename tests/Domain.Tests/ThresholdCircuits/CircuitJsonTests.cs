using System.Text.Json;
using Expressivity.Domain.Sweeps;
using Expressivity.Domain.ThresholdCircuits;
using Xunit;

namespace Expressivity.Domain.Tests.ThresholdCircuits;

public class CircuitJsonTests
{
    [Fact]
    public void A_circuit_survives_a_round_trip()
    {
        var circuit = SymmetricCircuits.Best(SymmetricFunction.CompleteQuadratic, 13, 3);
        var json = CircuitJson.Write(circuit).ToJsonString();
        var back = CircuitJson.Read(JsonDocument.Parse(json).RootElement);
        Assert.Equal(circuit.Inputs, back.Inputs);
        Assert.Equal(circuit.Size, back.Size);
        Assert.Equal(circuit.Depth, back.Depth);
        Assert.Equal(circuit.MaxAbsWeight, back.MaxAbsWeight);
        Assert.Equal(circuit.InputWeightMatrix(), back.InputWeightMatrix());
        Assert.Equal(circuit.GateWeightMatrix(), back.GateWeightMatrix());
        Assert.Equal(circuit.Thresholds(), back.Thresholds());
    }

    [Fact]
    public void Size_depth_and_weight_are_read_from_the_gates()
    {
        const string text = """{ "inputs": 2, "gates": [ { "inputWeights": [1, 1], "threshold": 2 }, { "inputWeights": 1, "gateWeights": [-2], "threshold": 1 } ] }""";
        var c = CircuitJson.Read(JsonDocument.Parse(text).RootElement);
        Assert.Equal((2, 2, 2L), (c.Size, c.Depth, c.MaxAbsWeight));
        Assert.Equal([false, true, true, false], Enumerable.Range(0, 4).Select(x => CircuitReference.Evaluate(c, (ulong)x)));
    }

    [Theory]
    [InlineData("""{ "inputs": 0, "gates": [] }""", "circuit.inputs")]
    [InlineData("""{ "inputs": 2, "gates": [] }""", "circuit.gates")]
    [InlineData("""{ "inputs": 2, "gates": [ { "inputWeights": [1], "threshold": 1 } ] }""", "circuit.gates[0].inputWeights")]
    [InlineData("""{ "inputs": 2, "gates": [ { "inputWeights": 1, "threshold": 1, "bias": 0 } ] }""", "circuit.gates[0].bias")]
    [InlineData("""{ "inputs": 2, "gates": [ { "inputWeights": 1, "gateWeights": [1], "threshold": 1 } ] }""", "circuit.gates[0].gateWeights")]
    public void Bad_circuits_name_the_field(string text, string field) =>
        Assert.Equal(field, Assert.Throws<SpecException>(() => CircuitJson.Read(JsonDocument.Parse(text).RootElement)).Field);
}
