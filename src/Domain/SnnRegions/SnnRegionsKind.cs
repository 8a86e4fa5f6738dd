using System.Globalization;
using System.Text.Json;
using Expressivity.Domain.SnnRegions.Refinement;
using Expressivity.Domain.SnnRegions.Sweep;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Domain.SnnRegions;

/// <summary>
/// The snn-regions sweep (SPEC.md 2.2, 5): exact counts of input-box regions on which every neuron's causal
/// set is constant. One explicit network is refined cell by cell (<see cref="RegionRefinement"/>) and split by
/// its first layer's patterns, plus one unit for the linear regions and affine maps (they need every cell);
/// a one-layer network with four or more inputs keeps the causal-set search, split by the first neuron's
/// pattern. Random draws and search restarts are split by draw / restart. One stage; every unit is
/// deterministic in (spec, unit id).
/// </summary>
public sealed class SnnRegionsKind : SweepKind<ISnnRegionsSpec>
{
    /// <summary>The spec's <c>kind</c>.</summary>
    public const string KindName = "snn-regions";

    /// <summary>Most units an explicit network is split into.</summary>
    public const int MaxNetworkUnits = 64;

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
        if (stage > 0) return [];
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
            var keys = RegionRefinement.CutKeys(network, s.Min, s.Max).Count;
            var parts = Math.Min(keys, MaxNetworkUnits);
            return Enumerable.Range(0, parts)
                .Select(u => Unit($"cells/{keys * u / parts}-{keys * (u + 1) / parts}"))
                .Append(Unit("maps/all"))
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
        return new UnitOutcome.Completed(what switch
        {
            "first" => NetworkUnit(s, Range(range)),
            "cells" => CellsUnit(s, Range(range)),
            "maps" => MapsUnit(s),
            "draws" => DrawsUnit(s, Range(range), context.Cancel),
            "restart" => RestartUnit(s, long.Parse(range, CultureInfo.InvariantCulture)),
            _ => throw new ArgumentException($"unknown unit '{unit.Id}'"),
        });
    }

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

    private static Partial CellsUnit(SnnRegionsSpec s, (long Lo, long Hi) range)
    {
        var keys = RegionRefinement.CutKeys(s.Network!, s.Min, s.Max);
        var mine = keys.Skip((int)range.Lo).Take((int)(range.Hi - range.Lo)).ToHashSet(StringComparer.Ordinal);
        var regions = new List<RefinedRegion>();
        RegionRefinement.Enumerate(s.Network!, s.Min, s.Max, regions.Add, take: mine.Contains);
        var count = RefinementCount.Of(regions);
        return Partial.Of((SnnRegionsCounters.Regions, count.Regions), (SnnRegionsCounters.SilentRegions, count.SilentRegions));
    }

    private static Partial MapsUnit(SnnRegionsSpec s)
    {
        var network = s.Network!;
        var (linear, maps, jump) = OutputMaps.Analyse(RegionRefinement.Regions(network, s.Min, s.Max));
        // Interval and polygon cells witness output jumps themselves; with LP cells the search's check runs.
        var jumps = jump is not null || (network.HasNegativeWeight && network.Inputs > 3 && RegionSearch.Count(network, s.Min, s.Max).Jump is not null);
        return Partial.Of(
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
        var (_, regions, evaluations) = HillClimb.Run(q.Family, q.Seed, restart, q.Steps, s.Min, s.Max);
        return Partial.Of(
            (SnnRegionsCounters.Restarts, 1),
            (SnnRegionsCounters.Evaluations, evaluations),
            (SnnRegionsCounters.MinRegions, regions),
            (SnnRegionsCounters.Histogram(regions), 1),
            (SnnRegionsCounters.Best, SnnRegionsReport.Best(regions, restart)));
    }
}
