using System.Globalization;
using System.Text.Json;
using Expressivity.Domain.SnnRegions.Refinement;
using Expressivity.Domain.SnnRegions.Sweep;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Domain.SnnRegions;

/// <summary>
/// The snn-regions sweep (SPEC.md 2.2, 5): exact counts of input-box regions on which every neuron's causal
/// set is constant. One explicit network is refined cell by cell (<see cref="RegionRefinement"/>): stage 0's
/// units are subtrees of the refinement tree (planned at the first layer's cells, split again at run time
/// when a subtree outgrows <see cref="NodesPerUnit"/>), each storing its final cells; stage 1's one unit reads
/// them all back and counts patterns, linear regions and affine maps, so nothing is refined twice. A one-layer
/// network with four or more inputs keeps the causal-set search, split by the first neuron's pattern. Random
/// draws and search restarts are split by draw / restart; a restart is one off-grid <see cref="RationalSearch"/>. Every unit is deterministic in (spec, unit).
/// </summary>
public sealed class SnnRegionsKind : SweepKind<ISnnRegionsSpec>
{
    /// <summary>The spec's <c>kind</c>.</summary>
    public const string KindName = "snn-regions";

    /// <summary>Most units an explicit network is split into.</summary>
    public const int MaxNetworkUnits = 64;

    /// <summary>
    /// Refinement tree nodes a stage-0 unit visits before it hands its unvisited subtrees to child units
    /// (about a second to a minute of work, depending on the dimension and depth).
    /// </summary>
    public const long NodesPerUnit = 20_000;

    /// <summary>Most child units one run-time split makes.</summary>
    public const int ChildrenPerSplit = 8;

    /// <summary>The partial-store bucket that holds an explicit network's final cells.</summary>
    public const int CellsBucket = 0;

    /// <summary>Draws per unit of the random form.</summary>
    public const int DrawsPerUnit = 8;

    /// <inheritdoc />
    public override string Name => KindName;

    /// <inheritdoc />
    public override string Summary => "exact linear-region counts of spiking networks (one network, random draws, a search, or a grid of configurations)";

    /// <inheritdoc />
    public override ISnnRegionsSpec Parse(JsonElement spec) => SnnRegionsSpecParser.Parse(spec);

    /// <inheritdoc />
    public override SweepCost Estimate(ISnnRegionsSpec spec) => SnnRegionsCost.Estimate(spec);

    /// <inheritdoc />
    public override IReadOnlyList<WorkUnit> Plan(ISnnRegionsSpec spec, int stage, Partial soFar)
    {
        if (stage > 0)
        {
            // The merge stage of an explicit network refined in stage 0; nothing else has a second stage.
            return stage == 1 && spec is SnnRegionsSpec { Network: { } refined } && UsesRefinement(refined) ? [new WorkUnit("maps/all", 1, "")] : [];
        }

        if (spec is SnnRegionsGridSpec grid)
        {
            // One configuration's units are exactly its single-form units, tagged with the configuration.
            return grid.Configurations
                .SelectMany(c => Plan(grid.Alone(c), stage, Partial.Empty).Select(u => Unit($"grid/{c.Index}/{u.Id}")))
                .ToList();
        }

        var s = (SnnRegionsSpec)spec;
        if (s.Network is { } network && UsesRefinement(network))
        {
            var paths = RegionRefinement.Paths(network, s.Min, s.Max, RegionRefinement.CutDepth(network));
            return RefinementPath.Groups(paths, MaxNetworkUnits)
                .Select((group, u) => new WorkUnit($"cells/{u}", 0, RefinementPath.FormatList(group)))
                .ToList();
        }

        if (s.Network is not null)
        {
            var codes = 1L << s.Network.Layers[0][0].Fanin; // first neuron: pattern code 0 = never, else its causal mask
            var units = Math.Min(codes, MaxNetworkUnits);
            return Enumerable.Range(0, (int)units)
                .Select(u => Unit($"first/{codes * u / units}-{codes * (u + 1) / units}"))
                .ToList();
        }

        if (s.Random is { } r)
        {
            return Enumerable.Range(0, (r.Count + DrawsPerUnit - 1) / DrawsPerUnit)
                .Select(u => Unit($"draws/{u * DrawsPerUnit}-{Math.Min(r.Count, (u + 1) * DrawsPerUnit)}"))
                .ToList();
        }

        return Enumerable.Range(0, s.Search!.Restarts).Select(r => Unit($"restart/{r}")).ToList();
    }

    /// <inheritdoc />
    public override UnitOutcome Run(ISnnRegionsSpec spec, WorkUnit unit, UnitContext context)
    {
        if (spec is SnnRegionsGridSpec grid) return GridUnit(grid, unit, context);
        var s = (SnnRegionsSpec)spec;
        var (what, range) = (unit.Id[..unit.Id.IndexOf('/')], unit.Id[(unit.Id.IndexOf('/') + 1)..]);
        if (what == "cells") return CellsUnit(s, unit, context, NodesPerUnit);
        return new UnitOutcome.Completed(what switch
        {
            "first" => NetworkUnit(s, Range(range)),
            "maps" => MapsUnit(s, context),
            "draws" => DrawsUnit(s, Range(range), context.Cancel),
            "restart" => RestartUnit(s, long.Parse(range, CultureInfo.InvariantCulture)),
            _ => throw new ArgumentException($"unknown unit '{unit.Id}'"),
        });
    }

    /// <inheritdoc />
    /// <remarks>The invariants are listed in <see cref="SnnRegionsInvariants"/>.</remarks>
    public override string? CheckTotal(ISnnRegionsSpec spec, Partial total) => SnnRegionsInvariants.Check(spec, total);

    /// <inheritdoc />
    public override SweepReport Report(ISnnRegionsSpec spec, Partial total) => spec is SnnRegionsGridSpec grid
        ? SnnRegionsGridReport.Build(grid, total)
        : SnnRegionsReport.Build((SnnRegionsSpec)spec, total);

    /// <summary>Runs <c>grid/&lt;c&gt;/&lt;single unit&gt;</c> as configuration c's own spec would, then renames the counters.</summary>
    private UnitOutcome GridUnit(SnnRegionsGridSpec grid, WorkUnit unit, UnitContext context)
    {
        var rest = unit.Id["grid/".Length..];
        var slash = rest.IndexOf('/');
        var configuration = grid.Configurations[int.Parse(rest[..slash], CultureInfo.InvariantCulture)];
        var outcome = (UnitOutcome.Completed)Run(grid.Alone(configuration), Unit(rest[(slash + 1)..]), context);
        return new UnitOutcome.Completed(GridCounters.Prefix(configuration.Index, outcome.Result));
    }

    private static WorkUnit Unit(string id) => new(id, 0, "");

    private static (long Lo, long Hi) Range(string text)
    {
        var dash = text.IndexOf('-');
        return (long.Parse(text[..dash], CultureInfo.InvariantCulture), long.Parse(text[(dash + 1)..], CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// Refinement handles any depth and fan-in at a cost linear in the cells; the causal-set search stays
    /// for one-layer networks with d &gt;= 4, where it needs one LP per region and refinement several.
    /// </summary>
    public static bool UsesRefinement(SpikingNetwork network) => network.Inputs <= 3 || network.Layers.Count > 1;

    /// <summary>
    /// Stage 0 of an explicit network: the final cells of the payload's subtrees, stored under the unit's id.
    /// A subtree larger than <paramref name="budget"/> nodes is not finished here: the unit stores what it did
    /// and splits, its unvisited subtrees going to at most <see cref="ChildrenPerSplit"/> children.
    /// </summary>
    public static UnitOutcome CellsUnit(SnnRegionsSpec s, WorkUnit unit, UnitContext context, long budget)
    {
        context.Cancel.ThrowIfCancellationRequested();
        var cells = new List<RefinedRegion>();
        var rest = RegionRefinement.Subtrees(s.Network!, s.Min, s.Max, RefinementPath.ParseList(unit.Payload), budget, cells.Add);
        context.Store.PutUnit(context.SweepId, unit.Id, new Dictionary<int, byte[]> { [CellsBucket] = StoredCells.Encode(cells) });
        var done = Partial.Of((SnnRegionsCounters.Cells, cells.Count));
        if (rest.Count == 0) return new UnitOutcome.Completed(done);
        var children = RefinementPath.Groups(rest, ChildrenPerSplit)
            .Select((group, i) => new WorkUnit($"{unit.Id}.{i}", 0, RefinementPath.FormatList(group)))
            .ToList();
        return new UnitOutcome.Split(done, children);
    }

    /// <summary>Stage 1: every stored cell of stage 0, merged: patterns (deduplicated across units), linear regions, affine maps.</summary>
    private static Partial MapsUnit(SnnRegionsSpec s, UnitContext context)
    {
        var network = s.Network!;
        var regions = context.Store.ReadBucket(context.SweepId, CellsBucket)
            .SelectMany(blob => StoredCells.Decode(blob, network.Inputs, s.Max - s.Min))
            .ToList();
        var count = RefinementCount.Of(regions);
        var (linear, maps, jump) = OutputMaps.Analyse(regions);
        // Interval and polygon cells witness output jumps themselves; with LP cells the search's check runs.
        var jumps = jump is not null || (network.HasNegativeWeight && network.Inputs > 3 && RegionSearch.Count(network, s.Min, s.Max).Jump is not null);
        return Partial.Of(
            (SnnRegionsCounters.CellsMerged, regions.Count),
            (SnnRegionsCounters.Regions, count.Regions),
            (SnnRegionsCounters.SilentRegions, count.SilentRegions),
            (SnnRegionsCounters.LinearRegions, linear),
            (SnnRegionsCounters.AffineMaps, maps),
            (SnnRegionsCounters.Discontinuous, jumps ? 1 : 0));
    }

    private static Partial NetworkUnit(SnnRegionsSpec s, (long Lo, long Hi) codes)
    {
        var result = RegionSearch.Count(s.Network!, s.Min, s.Max, codes);
        return Partial.Of(
            (SnnRegionsCounters.Regions, result.Regions),
            (SnnRegionsCounters.SilentRegions, result.SilentRegions),
            (SnnRegionsCounters.Discontinuous, result.Jump is null ? 0 : 1),
            (SnnRegionsCounters.FastChecks, result.FastAnswers),
            (SnnRegionsCounters.ExactChecks, result.ExactAnswers));
    }

    private static Partial DrawsUnit(SnnRegionsSpec s, (long Lo, long Hi) draws, CancellationToken cancel)
    {
        var r = s.Random!;
        var total = Partial.Empty;
        for (var i = draws.Lo; i < draws.Hi; i++)
        {
            cancel.ThrowIfCancellationRequested();
            var result = RegionSearch.Count(r.Family.Draw(r.Seed, i), s.Min, s.Max);
            total = total.Merge(Partial.Of(
                (SnnRegionsCounters.Draws, 1),
                (SnnRegionsCounters.RegionsTotal, result.Regions),
                (SnnRegionsCounters.MinRegions, result.Regions),
                (SnnRegionsCounters.MaxRegions, result.Regions),
                (SnnRegionsCounters.Histogram(result.Regions), 1),
                (SnnRegionsCounters.DiscontinuousDraws, result.Jump is null ? 0 : 1),
                (SnnRegionsCounters.Best, SnnRegionsReport.Best(result.Regions, i))));
        }

        return total;
    }

    private static Partial RestartUnit(SnnRegionsSpec s, long restart)
    {
        var q = s.Search!;
        var outcome = RationalSearch.Run(q.Family.Inputs, q.Family.Widths, q.Family.Mixed, q.Seed, restart, q.Steps, s.Min, s.Max);
        var (regions, evaluations) = (outcome.Regions, outcome.Evaluations);
        return Partial.Of(
            (SnnRegionsCounters.Restarts, 1),
            (SnnRegionsCounters.Evaluations, evaluations),
            (SnnRegionsCounters.MinRegions, regions),
            (SnnRegionsCounters.Histogram(regions), 1),
            (SnnRegionsCounters.Best, SnnRegionsReport.Best(regions, restart)));
    }
}
