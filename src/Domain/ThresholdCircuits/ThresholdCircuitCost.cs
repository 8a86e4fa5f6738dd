using System.Numerics;
using Expressivity.Domain.Kernels;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Domain.ThresholdCircuits;

/// <summary>
/// The cost model of a <c>threshold-circuit</c> sweep (docs/design/resource-limits.md): exhaustive
/// verification evaluates every gate on every one of the 2^n inputs, so CPU time is gates · 2^n times a
/// time per gate-input; units are the planner's input ranges; nothing goes to the partial store. The
/// minimal search is bounded by the parser's size limits and charged one unit.
/// </summary>
public static class ThresholdCircuitCost
{
    /// <summary>Seconds per gate-input of the bit-sliced kernel (n = 32, 8 gates: about 32 CPU-seconds on a loaded machine).</summary>
    public const double SecondsPerGateInput = 1.0e-9;

    /// <summary>The estimate for <paramref name="spec"/> with the kind's unit size.</summary>
    public static SweepCost Estimate(ThresholdCircuitSpec spec, int unitLog2Inputs = ThresholdCircuitKind.DefaultUnitLog2Inputs)
    {
        if (spec.Construction == "minimal") return new SweepCost(1, ResourceLimits.PlanBytes(1, 16), 0, 1.0 / 60, "n");
        if (!spec.Exhaustive) return new SweepCost(1, ResourceLimits.PlanBytes(1, 16), 0, 0, "n");
        var words = CircuitTruthTable.Words(spec.N);
        var perUnit = 1L << Math.Max(unitLog2Inputs - 6, 0);
        var units = (words + perUnit - 1) / perUnit;
        // Building the circuit is cheap and exact; its gate count is what verification pays for.
        var gates = ThresholdCircuitKind.CircuitOf(spec).Gates.Count;
        var cpuSeconds = gates * Math.Pow(2, spec.N) * SecondsPerGateInput;
        return new SweepCost(units, ResourceLimits.PlanBytes(units, 24), BigInteger.Zero, cpuSeconds / 3600, "n");
    }
}
