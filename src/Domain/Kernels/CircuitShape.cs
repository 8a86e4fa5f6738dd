namespace Expressivity.Domain.Kernels;

/// <summary>
/// The validated, precomputed form of a circuit for <see cref="CircuitTruthTable"/>: per gate its 512
/// low-input sums, its high-input weights by input, the earlier gates it reads (non-zero weights
/// only) and the range of its lane sums, which fixes the lane width.
/// </summary>
internal sealed class CircuitShape
{
    private CircuitShape()
    {
    }

    public int Gates { get; private init; }

    public int HighInputs { get; private init; }

    /// <summary>Inputs held in lanes: min(n, 9), 512 lanes a block.</summary>
    public const int LowBits = 9;

    /// <summary>Lanes (inputs) of one block.</summary>
    public const int BlockLanes = 1 << LowBits;

    /// <summary>Gate g's sum of low-input weights for low pattern j at [g·512 + j].</summary>
    public long[] LowSums { get; private init; } = [];

    /// <summary>Weight of high input b in gate g at [b·Gates + g].</summary>
    public long[] HighWeights { get; private init; } = [];

    public long[] Thresholds { get; private init; } = [];

    /// <summary>Bound on |low sum + gate sum| of each gate.</summary>
    public long[] Bounds { get; private init; } = [];

    /// <summary>Gate g reads the gates TermGate[k] with weights TermWeight[k], k in [TermStart[g], TermStart[g + 1]).</summary>
    public int[] TermStart { get; private init; } = [];

    public int[] TermGate { get; private init; } = [];

    public long[] TermWeight { get; private init; } = [];

    /// <summary>8, 16, 32 or 64: the narrowest lane holding every bound + 1.</summary>
    public int LaneBits { get; private init; }

    public static CircuitShape Create(int n, ReadOnlySpan<long> inputWeights, ReadOnlySpan<long> gateWeights, ReadOnlySpan<long> thresholds)
    {
        var gates = thresholds.Length;
        if (n is < 0 or > CircuitTruthTable.MaxInputs) throw new ArgumentException($"inputs must lie in 0..{CircuitTruthTable.MaxInputs}", nameof(n));
        if (gates is < 1 or > CircuitTruthTable.MaxGates) throw new ArgumentException($"1..{CircuitTruthTable.MaxGates} gates (thresholds)", nameof(thresholds));
        if (inputWeights.Length != gates * n) throw new ArgumentException($"needs {gates * n} input weights", nameof(inputWeights));
        if (gateWeights.Length != gates * gates) throw new ArgumentException($"needs {gates * gates} gate weights", nameof(gateWeights));
        foreach (var w in inputWeights) CheckMagnitude(w, nameof(inputWeights));
        foreach (var w in thresholds) CheckMagnitude(w, nameof(thresholds));
        var low = Math.Min(n, LowBits);
        var lowSums = new long[gates * BlockLanes];
        var highWeights = new long[(n - low) * gates];
        var bounds = new long[gates];
        var termStart = new int[gates + 1];
        var termGate = new List<int>();
        var termWeight = new List<long>();
        for (var g = 0; g < gates; g++)
        {
            var row = inputWeights.Slice(g * n, n);
            long bound = 0;
            for (var i = 0; i < low; i++) bound += Math.Abs(row[i]);
            for (var j = 0; j < BlockLanes; j++)
            {
                long s = 0;
                for (var i = 0; i < low; i++) s += (j >> i & 1) != 0 ? row[i] : 0;
                lowSums[g * BlockLanes + j] = s;
            }

            for (var b = 0; b < n - low; b++) highWeights[b * gates + g] = row[low + b];
            termStart[g] = termGate.Count;
            for (var j = 0; j < gates; j++)
            {
                var v = gateWeights[g * gates + j];
                CheckMagnitude(v, nameof(gateWeights));
                if (v == 0) continue;
                if (j >= g) throw new ArgumentException($"gate {g} may read only earlier gates (weight on gate {j})", nameof(gateWeights));
                termGate.Add(j);
                termWeight.Add(v);
                bound += Math.Abs(v);
            }

            bounds[g] = bound;
        }

        termStart[gates] = termGate.Count;
        var widest = bounds.Max() + 1;
        return new CircuitShape
        {
            Gates = gates,
            HighInputs = n - low,
            LowSums = lowSums,
            HighWeights = highWeights,
            Thresholds = thresholds.ToArray(),
            Bounds = bounds,
            TermStart = termStart,
            TermGate = termGate.ToArray(),
            TermWeight = termWeight.ToArray(),
            LaneBits = widest <= sbyte.MaxValue ? 8 : widest <= short.MaxValue ? 16 : widest <= int.MaxValue ? 32 : 64,
        };
    }

    private static void CheckMagnitude(long w, string name)
    {
        if (w is > CircuitTruthTable.MaxMagnitude or < -CircuitTruthTable.MaxMagnitude)
            throw new ArgumentException("weights and thresholds must lie in ±2^48", name);
    }
}
