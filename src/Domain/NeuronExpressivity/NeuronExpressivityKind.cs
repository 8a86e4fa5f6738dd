using System.Text.Json;
using Expressivity.Domain.NeuronExpressivity.Canonical;
using Expressivity.Domain.Sweeps;
using Expressivity.Domain.Sweeps.Grids;

namespace Expressivity.Domain.NeuronExpressivity;

/// <summary>
/// Sweep kind <c>neuron-expressivity</c> (SPEC.md sections 1 and 5): the exact number of distinct
/// Boolean functions one threshold neuron realises over a weight family. Method "brute": stage 0 maps
/// sign-pattern boxes of weight vectors to hash-bucketed table sets in the partial store, stage 1
/// reduces each bucket to an exact count (docs/design/distinct-counting.md). Method "canonical": stage 0
/// maps prefixes of sorted weight vectors to hash-bucketed canonical Chow keys, stage 1 sums the orbit
/// weights of each bucket's distinct keys (same document, section "Method canonical"). The <c>grid</c> form
/// runs every listed configuration in one sweep, each exactly as alone (<see cref="ConfigurationGrid{TSpec}"/>).
/// </summary>
/// <param name="maxTablesPerUnit">
/// Distinct tables a map unit may hold before it splits itself (default <see cref="MapUnit.MaxTablesPerUnit"/>;
/// tests lower it to exercise run-time splits).
/// </param>
/// <param name="canonicalWorkPerUnit">
/// Method canonical: work per map unit at most (default <see cref="SortedPrefixPlanner.MaxWorkPerUnit"/>;
/// tests lower it to spread one family over many units).
/// </param>
public sealed class NeuronExpressivityKind(long maxTablesPerUnit = MapUnit.MaxTablesPerUnit, long canonicalWorkPerUnit = SortedPrefixPlanner.MaxWorkPerUnit) : SweepKind<INeuronExpressivitySpec>
{
    /// <summary>The spec files' <c>kind</c>.</summary>
    public const string KindName = "neuron-expressivity";

    /// <inheritdoc />
    public override string Name => KindName;

    /// <inheritdoc />
    public override string Summary => "distinct Boolean functions of one threshold neuron over a weight family (brute force n ≤ 7, canonical n ≤ 62)";

    /// <inheritdoc />
    public override INeuronExpressivitySpec Parse(JsonElement spec) =>
        spec.ValueKind == JsonValueKind.Object && spec.TryGetProperty("grid", out _)
            ? NeuronExpressivityGridParser.Parse(spec)
            : NeuronExpressivitySpecParser.Parse(spec);

    /// <inheritdoc />
    public override SweepCost Estimate(INeuronExpressivitySpec spec) =>
        spec is NeuronExpressivityGridSpec g ? g.Grid.Cost(EstimateOne) : EstimateOne((NeuronExpressivitySpec)spec);

    /// <inheritdoc />
    public override IReadOnlyList<WorkUnit> Plan(INeuronExpressivitySpec spec, int stage, Partial soFar) =>
        spec is NeuronExpressivityGridSpec g ? g.Grid.Plan(PlanOne, stage, soFar) : PlanOne((NeuronExpressivitySpec)spec, stage, soFar);

    /// <inheritdoc />
    public override UnitOutcome Run(INeuronExpressivitySpec spec, WorkUnit unit, UnitContext context) =>
        spec is NeuronExpressivityGridSpec g ? g.Grid.Run(RunOne, unit, context) : RunOne((NeuronExpressivitySpec)spec, unit, context);

    /// <inheritdoc />
    public override string? CheckTotal(INeuronExpressivitySpec spec, Partial total) =>
        spec is NeuronExpressivityGridSpec g ? g.Grid.CheckTotal(NeuronInvariants.Check, total) : NeuronInvariants.Check((NeuronExpressivitySpec)spec, total);

    /// <inheritdoc />
    public override SweepReport Report(INeuronExpressivitySpec spec, Partial total) => spec is NeuronExpressivityGridSpec g
        ? GridReport.Build(g.Grid, total, NeuronExpressivityReport.Build, Columns)
        : NeuronExpressivityReport.Build((NeuronExpressivitySpec)spec, total);

    private SweepCost EstimateOne(NeuronExpressivitySpec spec) => NeuronExpressivityCost.Estimate(spec, canonicalWorkPerUnit);

    private IReadOnlyList<WorkUnit> PlanOne(NeuronExpressivitySpec spec, int stage, Partial soFar) => stage switch
    {
        0 => spec.IsCanonical ? SortedPrefixPlanner.Plan(CanonicalFamily.For(spec), canonicalWorkPerUnit) : MapPlanner.Plan(spec),
        1 => ReduceUnit.Plan(),
        _ => [],
    };

    private UnitOutcome RunOne(NeuronExpressivitySpec spec, WorkUnit unit, UnitContext context) => unit.Stage switch
    {
        0 when spec.IsCanonical => CanonicalMapUnit.Run(spec, unit, context),
        0 => MapUnit.Run(spec, unit, context, maxTablesPerUnit),
        1 when spec.IsCanonical => new UnitOutcome.Completed(CanonicalReduceUnit.Run(spec, unit, context)),
        1 => new UnitOutcome.Completed(ReduceUnit.Run(unit, context)),
        _ => throw new ArgumentException($"neuron-expressivity has no stage {unit.Stage}", nameof(unit)),
    };

    // The grid table's result columns: the count and how it was obtained.
    private static IEnumerable<(string, string)> Columns(System.Text.Json.Nodes.JsonObject r) =>
    [
        ("distinct functions", (string)r["distinctFunctions"]!),
        ("closed form", (string?)r["closedForm"] ?? "-"),
        ("agrees", r["closedFormAgrees"] is { } a ? ((bool)a ? "yes" : "NO") : "n/a"),
        ("method", (string)r["method"]!),
        ("weight vectors", (string)r["weightVectors"]!),
    ];
}
