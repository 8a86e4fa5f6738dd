using System.Text.Json;
using System.Text.Json.Nodes;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Domain.ThresholdCircuits;

/// <summary>
/// The JSON form of a circuit: <c>{ "inputs": n, "gates": [ { "inputWeights": [...], "gateWeights": [...],
/// "threshold": t }, ... ] }</c>, the last gate being the output. <c>inputWeights</c> may be one number
/// (the same weight on every input, as symmetric circuits have); <c>gateWeights</c> lists one weight per
/// earlier gate and may be omitted when all are zero.
/// </summary>
public static class CircuitJson
{
    /// <summary>The circuit as a JSON object (uniform input weights written as one number).</summary>
    public static JsonObject Write(ThresholdCircuit circuit)
    {
        var gates = new JsonArray();
        foreach (var gate in circuit.Gates)
        {
            var o = new JsonObject();
            var first = gate.InputWeights[0];
            o["inputWeights"] = gate.InputWeights.All(w => w == first) ? JsonValue.Create(first) : Numbers(gate.InputWeights);
            if (gate.GateWeights.Any(w => w != 0)) o["gateWeights"] = Numbers(gate.GateWeights);
            o["threshold"] = gate.Threshold;
            gates.Add(o);
        }

        return new JsonObject { ["inputs"] = circuit.Inputs, ["gates"] = gates };
    }

    /// <summary>Reads a circuit; <see cref="SpecException"/> names the offending field under <paramref name="path"/>.</summary>
    public static ThresholdCircuit Read(JsonElement element, string path = "circuit")
    {
        var o = new SpecObject(element, path);
        var inputs = (int)o.Integer("inputs", 1, 62);
        var list = o.Array("gates");
        if (list.Count is 0 or > ThresholdCircuit.MaxGates)
            throw new SpecException(o.FieldPath("gates"), $"needs 1..{ThresholdCircuit.MaxGates} gates");
        var gates = new List<CircuitGate>();
        for (var g = 0; g < list.Count; g++)
        {
            var gate = new SpecObject(list[g], $"{o.FieldPath("gates")}[{g}]");
            var raw = gate.Required("inputWeights");
            var inputWeights = raw.ValueKind == JsonValueKind.Number
                ? Enumerable.Repeat(Weight(raw, gate.FieldPath("inputWeights")), inputs).ToArray()
                : Weights(gate, "inputWeights", inputs);
            var gateWeights = gate.Has("gateWeights") ? Weights(gate, "gateWeights", g) : new long[g];
            var threshold = gate.Integer("threshold", -ThresholdCircuit.MaxMagnitude, ThresholdCircuit.MaxMagnitude);
            gate.EnsureNoUnknownFields();
            gates.Add(new CircuitGate(inputWeights, gateWeights, threshold));
        }

        o.EnsureNoUnknownFields();
        return new ThresholdCircuit(inputs, gates);
    }

    private static long[] Weights(SpecObject gate, string name, int count)
    {
        var items = gate.Array(name);
        if (items.Count != count) throw new SpecException(gate.FieldPath(name), $"needs {count} weights, got {items.Count}");
        return items.Select((v, i) => Weight(v, $"{gate.FieldPath(name)}[{i}]")).ToArray();
    }

    private static long Weight(JsonElement v, string path) =>
        SpecObject.ToInteger(v, path, -ThresholdCircuit.MaxMagnitude, ThresholdCircuit.MaxMagnitude);

    private static JsonArray Numbers(long[] values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
}
