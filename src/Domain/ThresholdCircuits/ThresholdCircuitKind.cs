using System.Collections.Concurrent;
using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Expressivity.Domain.Kernels;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Domain.ThresholdCircuits;

/// <summary>
/// The threshold-circuit sweep (SPEC.md 3, 5): builds the requested circuit for a periodic symmetric
/// function and verifies it on all 2^n inputs, the inputs split into ranges of 2^<c>unitLog2Inputs</c>,
/// one unit each (n = 36..40 spreads over the cluster). Every unit rebuilds the circuit from the spec,
/// which is deterministic and cheap. "minimal" is one unit running <see cref="MinimalCircuitSearch"/>.
/// </summary>
public sealed class ThresholdCircuitKind(int unitLog2Inputs = ThresholdCircuitKind.DefaultUnitLog2Inputs) : SweepKind<ThresholdCircuitSpec>
{
    /// <summary>The kind's name in spec files.</summary>
    public const string KindName = "threshold-circuit";

    /// <summary>Inputs per verification unit: 2^28, about a second of one core.</summary>
    public const int DefaultUnitLog2Inputs = 28;

    private static readonly ConcurrentDictionary<string, MinimalCircuitResult> MinimalResults = new();

    /// <inheritdoc />
    public override string Name => KindName;

    /// <inheritdoc />
    public override string Summary => "threshold circuits for parity, CQ and periodic symmetric functions: build, verify on all inputs, least gates";

    /// <inheritdoc />
    public override ThresholdCircuitSpec Parse(JsonElement spec) => ThresholdCircuitSpecParser.Parse(spec);

    /// <inheritdoc />
    public override SweepCost Estimate(ThresholdCircuitSpec spec) => ThresholdCircuitCost.Estimate(spec, unitLog2Inputs);

    /// <summary>The chain plan the spec asks for (for minimal: the best chain, its upper bound).</summary>
    public static ChainPlan PlanOf(ThresholdCircuitSpec spec) => spec.Construction switch
    {
        "depth2-alternating" => new ChainPlan([], AlternatingTail: true),
        "depth2-halving" => SymmetricCircuits.HalvingPlan(spec.Function, spec.N),
        "chain" when spec.Moduli is not null => SymmetricCircuits.ChainPlanFor(spec.Function, spec.N, spec.Moduli),
        _ => SymmetricCircuits.BestPlan(spec.Function, spec.N, spec.MaxDepth),
    };

    /// <summary>The circuit the spec describes (for minimal: the least one found).</summary>
    public static ThresholdCircuit CircuitOf(ThresholdCircuitSpec spec) =>
        spec.Construction == "minimal" ? Minimal(spec).Circuit : SymmetricCircuits.Build(spec.Function, spec.N, PlanOf(spec));

    /// <summary>The minimal-circuit search of a spec, run once per process (it is deterministic).</summary>
    public static MinimalCircuitResult Minimal(ThresholdCircuitSpec spec, CancellationToken cancel = default) =>
        MinimalResults.GetOrAdd(spec.ToNormalJson().ToJsonString(), _ => MinimalCircuitSearch.Run(spec.Function, spec.N, spec.MaxDepth, cancel: cancel));

    /// <inheritdoc />
    public override IReadOnlyList<WorkUnit> Plan(ThresholdCircuitSpec spec, int stage, Partial soFar)
    {
        if (stage > 0) return [];
        if (spec.Construction == "minimal") return [new WorkUnit("minimal", 0, "")];
        if (!spec.Exhaustive) return [new WorkUnit("build", 0, "")];
        var words = CircuitTruthTable.Words(spec.N);
        var perUnit = 1L << Math.Max(unitLog2Inputs - 6, 0);
        var units = (words + perUnit - 1) / perUnit;
        return Enumerable.Range(0, (int)units)
            .Select(k => new WorkUnit($"verify/{k}", 0, string.Create(CultureInfo.InvariantCulture, $"{k * perUnit}:{Math.Min(perUnit, words - k * perUnit)}")))
            .ToList();
    }

    /// <inheritdoc />
    public override UnitOutcome Run(ThresholdCircuitSpec spec, WorkUnit unit, UnitContext context)
    {
        if (unit.Id == "build")
        {
            _ = CircuitOf(spec);
            return new UnitOutcome.Completed(Partial.Of((ThresholdCircuitCounters.VerifiedInputs, BigInteger.Zero)));
        }

        if (unit.Id == "minimal")
        {
            var result = Minimal(spec, context.Cancel);
            var counters = new List<(Counter, BigInteger)>
            {
                (ThresholdCircuitCounters.LowerBound, result.LowerBound),
                (ThresholdCircuitCounters.UpperBound, result.UpperBound),
            };
            counters.AddRange(result.Refuted.Select(r => (ThresholdCircuitCounters.Refuted(r.Size), (BigInteger)r.HiddenSets)));
            counters.AddRange(Verify(spec, result.Circuit, 0, CircuitTruthTable.Words(spec.N), context));
            return new UnitOutcome.Completed(Partial.Of(counters));
        }

        var parts = unit.Payload.Split(':');
        var first = long.Parse(parts[0], CultureInfo.InvariantCulture);
        var words = long.Parse(parts[1], CultureInfo.InvariantCulture);
        return new UnitOutcome.Completed(Partial.Of(Verify(spec, CircuitOf(spec), first, words, context)));
    }

    /// <inheritdoc />
    public override string? CheckTotal(ThresholdCircuitSpec spec, Partial total)
    {
        if (!spec.Exhaustive || total.Has(ThresholdCircuitCounters.Counterexample.Name)) return null;
        var all = BigInteger.One << spec.N;
        return total[ThresholdCircuitCounters.VerifiedInputs] == all
            ? null
            : $"verified {total[ThresholdCircuitCounters.VerifiedInputs]} inputs without a counterexample, expected 2^{spec.N} = {all}";
    }

    /// <inheritdoc />
    public override SweepReport Report(ThresholdCircuitSpec spec, Partial total) => ThresholdCircuitReport.Build(spec, CircuitOf(spec), total);

    // Inputs agreed on before the first counterexample of the range (all of them if none), and that counterexample.
    private static List<(Counter, BigInteger)> Verify(ThresholdCircuitSpec spec, ThresholdCircuit circuit, long first, long words, UnitContext context)
    {
        var inputs = Math.Min(words * 64, 1L << spec.N);
        var wrong = CircuitVerifier.FindCounterexample(circuit, spec.Function, first, words, context.Threads, context.Cancel);
        if (wrong is null) return [(ThresholdCircuitCounters.VerifiedInputs, inputs)];
        return
        [
            (ThresholdCircuitCounters.VerifiedInputs, (BigInteger)(wrong.Value - (ulong)first * 64)),
            (ThresholdCircuitCounters.Counterexample, wrong.Value),
        ];
    }
}
