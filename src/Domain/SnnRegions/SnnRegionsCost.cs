using System.Numerics;
using Expressivity.Domain.SnnRegions.Sweep;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Domain.SnnRegions;

/// <summary>
/// The cost model of an <c>snn-regions</c> sweep (docs/design/resource-limits.md). Units are counted
/// exactly as <see cref="SnnRegionsKind.Plan"/> makes them. Time: networks counted (one, the draws, or
/// restarts × (steps + 1) evaluations) times a per-network time proportional to the counting bound
/// <see cref="RegionBounds.Product"/> (candidate pattern tuples the search may visit) times (d + 1) (the
/// size of each exact emptiness check). A refined network stores its final cells (small next to the limits, not modelled).
/// </summary>
public static class SnnRegionsCost
{
    /// <summary>Seconds per (pattern tuple × (d + 1)) of one network's count (calibrated, see the design page).</summary>
    public const double SecondsPerTupleDimension = 2.0e-5;

    /// <summary>The estimate for <paramref name="spec"/>.</summary>
    public static SweepCost Estimate(ISnnRegionsSpec spec)
    {
        if (spec is SnnRegionsGridSpec grid)
        {
            var parts = grid.Configurations.Select(c => Estimate(grid.Alone(c))).ToList();
            var units = parts.Aggregate(BigInteger.Zero, (acc, p) => acc + p.Units);
            return new SweepCost(units, ResourceLimits.PlanBytes(units, 40), 0, parts.Sum(p => p.CpuHours), "grid");
        }

        var s = (SnnRegionsSpec)spec;
        if (s.Network is { } network)
        {
            var units = SnnRegionsKind.UsesRefinement(network) ? RefinementUnits(network) : Math.Min(1L << network.Layers[0][0].Fanin, SnnRegionsKind.MaxNetworkUnits);
            var widths = network.Layers.Select(l => l.Count).ToList();
            return Cost(units, 1, network.Inputs, widths, network.HasNegativeWeight, "network");
        }

        if (s.Random is { } r)
            return Cost((r.Count + SnnRegionsKind.DrawsPerUnit - 1) / SnnRegionsKind.DrawsPerUnit, r.Count, r.Family.Inputs, r.Family.Widths, r.Family.Mixed, "random.count");
        var q = s.Search!;
        return Cost(q.Restarts, (BigInteger)q.Restarts * (q.Steps + 1), q.Family.Inputs, q.Family.Widths, q.Family.Mixed, "search.restarts");
    }

    /// <summary>
    /// Planned units of a refined network: one per cell after the cut (at most the product of the cut neurons'
    /// pattern counts, 2^fanin − 1 each with positive weights, 2^fanin otherwise; at most
    /// <see cref="SnnRegionsKind.MaxNetworkUnits"/>), plus the merge unit. Run-time splits add units later.
    /// </summary>
    private static long RefinementUnits(SpikingNetwork network)
    {
        var cut = network.Layers.Count > 1 ? network.Layers[0] : network.Layers[0].Take(1).ToList();
        var bound = BigInteger.One;
        foreach (var n in cut) bound *= (BigInteger.One << n.Fanin) - (n.HasNegativeWeight ? 0 : 1);
        return (long)BigInteger.Min(bound, SnnRegionsKind.MaxNetworkUnits) + 1;
    }

    private static SweepCost Cost(BigInteger units, BigInteger networks, int inputs, IReadOnlyList<int> widths, bool mixed, string field)
    {
        var tuples = RegionBounds.Product(inputs, widths, mixed);
        var seconds = (double)networks * (double)tuples * (inputs + 1) * SecondsPerTupleDimension;
        return new SweepCost(units, ResourceLimits.PlanBytes(units, 24), 0, seconds / 3600, field);
    }
}
