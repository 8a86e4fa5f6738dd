using System.Text.Json;

namespace Expressivity.Domain.Sweeps;

/// <summary>
/// The template every sweep kind follows (docs/design/sweep-kinds.md): one folder holding
/// <c>&lt;Kind&gt;Kind</c> (this class), <c>&lt;Kind&gt;Spec</c>, <c>&lt;Kind&gt;SpecParser</c>,
/// <c>&lt;Kind&gt;Counters</c>, <c>&lt;Kind&gt;Cost</c> and <c>&lt;Kind&gt;Report</c>, plus one line in <see cref="SweepCatalog"/>.
/// Subclasses work on their own spec type; the machinery still sees only <see cref="ISweepKind"/>.
/// </summary>
/// <typeparam name="TSpec">The kind's validated spec.</typeparam>
public abstract class SweepKind<TSpec> : ISweepKind
    where TSpec : class, ISweepSpec
{
    /// <inheritdoc />
    public abstract string Name { get; }

    /// <inheritdoc />
    public abstract string Summary { get; }

    /// <summary>Validates a spec object (the whole file, including <c>kind</c>); errors name the field.</summary>
    public abstract TSpec Parse(JsonElement spec);

    /// <summary>The cost model of the kind's <c>&lt;Kind&gt;Cost</c> file (see <see cref="ISweepKind.Estimate"/>).</summary>
    public abstract SweepCost Estimate(TSpec spec);

    /// <summary>The units of <paramref name="stage"/> (see <see cref="ISweepKind.Plan"/>).</summary>
    public abstract IReadOnlyList<WorkUnit> Plan(TSpec spec, int stage, Partial soFar);

    /// <summary>Runs one unit (see <see cref="ISweepKind.Run"/>).</summary>
    public abstract UnitOutcome Run(TSpec spec, WorkUnit unit, UnitContext context);

    /// <summary>The kind's invariants over the final total: null when they hold (see <see cref="ISweepKind.CheckTotal"/>).</summary>
    public virtual string? CheckTotal(TSpec spec, Partial total) => null;

    /// <summary>Recomputes a unit for validation (see <see cref="ISweepKind.RunReplica"/>); by default identically.</summary>
    public virtual UnitOutcome RunReplica(TSpec spec, WorkUnit unit, UnitContext context, int variant) => Run(spec, unit, context);

    /// <summary>How <see cref="RunReplica"/> recomputes (see <see cref="ISweepKind.ReplicaRoute"/>).</summary>
    public virtual string ReplicaRoute => "identical";

    /// <summary>The final report of the merged partial (see <see cref="ISweepKind.Report"/>).</summary>
    public abstract SweepReport Report(TSpec spec, Partial total);

    ISweepSpec ISweepKind.Parse(JsonElement spec) => Parse(spec);

    SweepCost ISweepKind.Estimate(ISweepSpec spec) => Estimate(Cast(spec));

    IReadOnlyList<WorkUnit> ISweepKind.Plan(ISweepSpec spec, int stage, Partial soFar) => Plan(Cast(spec), stage, soFar);

    UnitOutcome ISweepKind.Run(ISweepSpec spec, WorkUnit unit, UnitContext context) => Run(Cast(spec), unit, context);

    string? ISweepKind.CheckTotal(ISweepSpec spec, Partial total) => CheckTotal(Cast(spec), total);

    SweepReport ISweepKind.Report(ISweepSpec spec, Partial total) => Report(Cast(spec), total);

    UnitOutcome ISweepKind.RunReplica(ISweepSpec spec, WorkUnit unit, UnitContext context, int variant) => RunReplica(Cast(spec), unit, context, variant);

    /// <summary>The spec as this kind's type; another kind's spec is a programming error.</summary>
    protected TSpec Cast(ISweepSpec spec) =>
        spec as TSpec ?? throw new ArgumentException($"a {spec.Kind} spec given to kind {Name}", nameof(spec));
}
