namespace Expressivity.Domain.ThresholdCircuits;

/// <summary>
/// One threshold gate: it outputs 1 iff Σ_i InputWeights[i]·x_i + Σ_j GateWeights[j]·g_j ≥ Threshold,
/// where g_j are the outputs of the gates before it (any earlier gate, not only the previous layer).
/// </summary>
/// <param name="InputWeights">One integer weight per circuit input.</param>
/// <param name="GateWeights">One integer weight per earlier gate (length = this gate's index).</param>
/// <param name="Threshold">The integer threshold.</param>
public sealed record CircuitGate(long[] InputWeights, long[] GateWeights, long Threshold)
{
    /// <summary>A gate reading only the inputs, each with the same weight.</summary>
    public static CircuitGate OnSum(int inputs, int index, long inputWeight, long threshold) =>
        new(Enumerable.Repeat(inputWeight, inputs).ToArray(), new long[index], threshold);

    /// <summary>The largest |weight| of the gate (inputs and gates; the threshold is not a weight).</summary>
    public long MaxAbsWeight =>
        InputWeights.Concat(GateWeights).Select(Math.Abs).DefaultIfEmpty(0).Max();
}
