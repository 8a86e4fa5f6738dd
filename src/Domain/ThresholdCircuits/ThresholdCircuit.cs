namespace Expressivity.Domain.ThresholdCircuits;

/// <summary>
/// A feed-forward threshold circuit (SPEC.md 3): gates in topological order, each reading the inputs
/// and any earlier gates; the last gate is the output. Size = number of gates; depth = longest path
/// from an input to the output counting gates (a gate reads another only through a non-zero weight).
/// </summary>
public sealed class ThresholdCircuit
{
    /// <summary>Largest |weight| or |threshold| accepted: sums over 4096 terms stay far inside a long.</summary>
    public const long MaxMagnitude = 1L << 48;

    /// <summary>Most gates accepted.</summary>
    public const int MaxGates = 4096;

    /// <summary>Builds and validates a circuit.</summary>
    /// <exception cref="ArgumentException">No gates, wrong weight counts, or a weight out of range.</exception>
    public ThresholdCircuit(int inputs, IReadOnlyList<CircuitGate> gates)
    {
        if (inputs < 1) throw new ArgumentException("a circuit needs at least one input", nameof(inputs));
        if (gates.Count is < 1 or > MaxGates) throw new ArgumentException($"a circuit needs 1..{MaxGates} gates", nameof(gates));
        var depths = new int[gates.Count];
        for (var g = 0; g < gates.Count; g++)
        {
            var gate = gates[g];
            if (gate.InputWeights.Length != inputs) throw new ArgumentException($"gate {g} needs {inputs} input weights", nameof(gates));
            if (gate.GateWeights.Length != g) throw new ArgumentException($"gate {g} needs {g} gate weights", nameof(gates));
            if (gate.InputWeights.Concat(gate.GateWeights).Append(gate.Threshold).Any(w => w is > MaxMagnitude or < -MaxMagnitude))
                throw new ArgumentException($"gate {g}: weights and threshold must lie in ±2^48", nameof(gates));
            var depth = 1;
            for (var j = 0; j < g; j++)
            {
                if (gate.GateWeights[j] != 0) depth = Math.Max(depth, depths[j] + 1);
            }

            depths[g] = depth;
        }

        Inputs = inputs;
        Gates = gates.ToArray();
        GateDepths = depths;
    }

    /// <summary>Number of inputs n.</summary>
    public int Inputs { get; }

    /// <summary>The gates in evaluation order; the last is the output.</summary>
    public IReadOnlyList<CircuitGate> Gates { get; }

    /// <summary>Depth of each gate (1 for a gate reading only inputs).</summary>
    public IReadOnlyList<int> GateDepths { get; }

    /// <summary>Number of gates.</summary>
    public int Size => Gates.Count;

    /// <summary>Depth of the output gate.</summary>
    public int Depth => GateDepths[^1];

    /// <summary>The largest |weight| over all gates.</summary>
    public long MaxAbsWeight => Gates.Max(g => g.MaxAbsWeight);

    /// <summary>Input weights of every gate, gate-major (Size × Inputs), as the kernel takes them.</summary>
    public long[] InputWeightMatrix() => Gates.SelectMany(g => g.InputWeights).ToArray();

    /// <summary>Gate weights, gate-major (Size × Size, entry [g, j] for j &lt; g, zero elsewhere).</summary>
    public long[] GateWeightMatrix()
    {
        var m = new long[Size * Size];
        for (var g = 0; g < Size; g++) Gates[g].GateWeights.CopyTo(m, g * Size);
        return m;
    }

    /// <summary>Thresholds of every gate.</summary>
    public long[] Thresholds() => Gates.Select(g => g.Threshold).ToArray();
}
