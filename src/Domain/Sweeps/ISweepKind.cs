using System.Text.Json;

namespace Expressivity.Domain.Sweeps;

/// <summary>
/// One kind of sweep (neuron expressivity, threshold census, SNN regions, ...). The machinery knows
/// only this interface: validate a spec, plan units stage by stage, run a unit, report the merged total.
/// Implementations are stateless and deterministic.
/// </summary>
public interface ISweepKind
{
    /// <summary>The name used in spec files (<c>"kind"</c>).</summary>
    string Name { get; }

    /// <summary>One line of help for the CLI.</summary>
    string Summary { get; }

    /// <summary>
    /// Validates a spec object (the whole file, including <c>kind</c>). Throws <see cref="SpecException"/>
    /// naming the offending field; unknown fields are an error.
    /// </summary>
    ISweepSpec Parse(JsonElement spec);

    /// <summary>
    /// What the sweep will cost (units, plan and partial bytes, CPU time), from the spec alone and without
    /// planning: checked against <see cref="ResourceLimits"/> before any work starts.
    /// </summary>
    SweepCost Estimate(ISweepSpec spec);

    /// <summary>
    /// The units of <paramref name="stage"/>, given the merged partial of all units of earlier stages.
    /// An empty list means the sweep is complete. Must be deterministic.
    /// </summary>
    IReadOnlyList<WorkUnit> Plan(ISweepSpec spec, int stage, Partial soFar);

    /// <summary>Runs one unit. Deterministic in (spec, unit); may write to <see cref="UnitContext.Store"/>.</summary>
    UnitOutcome Run(ISweepSpec spec, WorkUnit unit, UnitContext context);

    /// <summary>
    /// The kind's invariants over the final total (e.g. the reduce stage read exactly what the map stage
    /// stored): null when they hold, else what is wrong. Checked before a sweep is reported completed; a
    /// violation fails the sweep instead of reporting a wrong number. Kinds without invariants keep this default.
    /// </summary>
    string? CheckTotal(ISweepSpec spec, Partial total) => null;

    /// <summary>
    /// Recomputes a unit for validation (docs/design/validation.md). <paramref name="variant"/> (1, 2, ...)
    /// picks another route to the same answer where the kind has one (e.g. a permuted variable order); the
    /// outcome and the bytes stored must equal <see cref="Run"/>'s exactly. Kinds without another route keep
    /// this default: recompute identically, which still catches a faulty worker.
    /// </summary>
    UnitOutcome RunReplica(ISweepSpec spec, WorkUnit unit, UnitContext context, int variant) => Run(spec, unit, context);

    /// <summary>How <see cref="RunReplica"/> recomputes, for status and docs: "identical" unless the kind says otherwise.</summary>
    string ReplicaRoute => "identical";

    /// <summary>Turns the merged partial of every unit of every stage into the final report.</summary>
    SweepReport Report(ISweepSpec spec, Partial total);
}
