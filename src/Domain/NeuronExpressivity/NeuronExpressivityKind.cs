using System.Text.Json;
using Expressivity.Domain.NeuronExpressivity.Canonical;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Domain.NeuronExpressivity;

/// <summary>
/// Sweep kind <c>neuron-expressivity</c> (SPEC.md sections 1 and 5): the exact number of distinct
/// Boolean functions one threshold neuron realises over a weight family. Method "brute": stage 0 maps
/// sign-pattern boxes of weight vectors to hash-bucketed table sets in the partial store, stage 1
/// reduces each bucket to an exact count (docs/design/distinct-counting.md). Method "canonical": stage 0
/// maps prefixes of sorted weight vectors to hash-bucketed canonical Chow keys, stage 1 sums the orbit
/// weights of each bucket's distinct keys (same document, section "Method canonical").
/// </summary>
/// <param name="maxTablesPerUnit">
/// Distinct tables a map unit may hold before it splits itself (default <see cref="MapUnit.MaxTablesPerUnit"/>;
/// tests lower it to exercise run-time splits).
/// </param>
/// <param name="canonicalWorkPerUnit">
/// Method canonical: work per map unit at most (default <see cref="SortedPrefixPlanner.MaxWorkPerUnit"/>;
/// tests lower it to spread one family over many units).
/// </param>
public sealed class NeuronExpressivityKind(long maxTablesPerUnit = MapUnit.MaxTablesPerUnit, long canonicalWorkPerUnit = SortedPrefixPlanner.MaxWorkPerUnit) : ISweepKind
{
    /// <summary>The spec files' <c>kind</c>.</summary>
    public const string KindName = "neuron-expressivity";

    /// <inheritdoc />
    public string Name => KindName;

    /// <inheritdoc />
    public string Summary => "distinct Boolean functions of one threshold neuron over a weight family (brute force n ≤ 7, canonical n ≤ 62)";

    /// <inheritdoc />
    public ISweepSpec Parse(JsonElement spec) => NeuronSpecParser.Parse(spec);

    /// <inheritdoc />
    public IReadOnlyList<WorkUnit> Plan(ISweepSpec spec, int stage, Partial soFar) => stage switch
    {
        0 => Cast(spec).IsCanonical ? SortedPrefixPlanner.Plan(CanonicalFamily.For(Cast(spec)), canonicalWorkPerUnit) : MapPlanner.Plan(Cast(spec)),
        1 => ReduceUnit.Plan(),
        _ => [],
    };

    /// <inheritdoc />
    public UnitOutcome Run(ISweepSpec spec, WorkUnit unit, UnitContext context) => unit.Stage switch
    {
        0 when Cast(spec).IsCanonical => CanonicalMapUnit.Run(Cast(spec), unit, context),
        0 => MapUnit.Run(Cast(spec), unit, context, maxTablesPerUnit),
        1 when Cast(spec).IsCanonical => new UnitOutcome.Completed(CanonicalReduceUnit.Run(Cast(spec), unit, context)),
        1 => new UnitOutcome.Completed(ReduceUnit.Run(unit, context)),
        _ => throw new ArgumentException($"neuron-expressivity has no stage {unit.Stage}", nameof(unit)),
    };

    /// <inheritdoc />
    public string? CheckTotal(ISweepSpec spec, Partial total) => NeuronInvariants.Check(total);

    /// <inheritdoc />
    public SweepReport Report(ISweepSpec spec, Partial total) => NeuronReport.Build(Cast(spec), total);

    private static NeuronSpec Cast(ISweepSpec spec) =>
        spec as NeuronSpec ?? throw new ArgumentException($"not a {KindName} spec", nameof(spec));
}
