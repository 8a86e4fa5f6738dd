namespace Expressivity.Domain.ThresholdCircuits;

/// <summary>
/// The straightforward per-input evaluator: each gate's weighted sum computed in full for one input.
/// It is the reference the bit-sliced kernel is tested against and the baseline of its benchmark.
/// </summary>
public static class CircuitReference
{
    /// <summary>The circuit's output on input <paramref name="x"/> (bit i of x is input x_{i+1}).</summary>
    public static bool Evaluate(ThresholdCircuit circuit, ulong x)
    {
        Span<bool> values = circuit.Size <= 256 ? stackalloc bool[circuit.Size] : new bool[circuit.Size];
        for (var g = 0; g < circuit.Size; g++)
        {
            var gate = circuit.Gates[g];
            Int128 sum = 0;
            for (var i = 0; i < circuit.Inputs; i++)
            {
                if ((x >> i & 1) != 0) sum += gate.InputWeights[i];
            }

            for (var j = 0; j < g; j++)
            {
                if (values[j]) sum += gate.GateWeights[j];
            }

            values[g] = sum >= gate.Threshold;
        }

        return values[^1];
    }
}
