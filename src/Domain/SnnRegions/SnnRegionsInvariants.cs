using System.Globalization;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Domain.SnnRegions;

/// <summary>
/// What a finished snn-regions total must satisfy. Every form: the merge stage read exactly the cells stage 0
/// stored (a lost or extra blob would change counts silently). An explicit network: at least one region (the
/// input box is covered), silent regions ≤ regions, and with refinement at least one linear region and no
/// more distinct affine maps than linear regions. The random form: every draw counted once, each with at least
/// one region, so draws·min ≤ total ≤ draws·max. The search form: every restart counted, the worst one ≥ 1 region.
/// </summary>
public static class SnnRegionsInvariants
{
    /// <summary>Null when the invariants hold; else the first one broken, named, with the numbers.</summary>
    public static string? Check(ISnnRegionsSpec spec, Partial total)
    {
        if (total[SnnRegionsCounters.Cells] != total[SnnRegionsCounters.CellsMerged])
            return $"the merge read {total[SnnRegionsCounters.CellsMerged]} cells but stage 0 stored {total[SnnRegionsCounters.Cells]}";
        return spec is SnnRegionsSpec single ? CheckSingle(single, total) : null;
    }

    private static string? CheckSingle(SnnRegionsSpec spec, Partial total)
    {
        if (spec.Network is { } network)
        {
            var regions = total[SnnRegionsCounters.Regions];
            if (regions < 1) return Text($"regions ≥ 1: the network has {regions}");
            if (total[SnnRegionsCounters.SilentRegions] > regions) return Text($"silent regions ≤ regions: {total[SnnRegionsCounters.SilentRegions]} > {regions}");
            if (SnnRegionsKind.UsesRefinement(network))
            {
                var linear = total[SnnRegionsCounters.LinearRegions];
                if (linear < 1) return Text($"linear regions ≥ 1: {linear}");
                if (total[SnnRegionsCounters.AffineMaps] > linear) return Text($"affine maps ≤ linear regions: {total[SnnRegionsCounters.AffineMaps]} > {linear}");
            }

            return null;
        }

        if (spec.Random is { } random)
        {
            var draws = total[SnnRegionsCounters.Draws];
            if (draws != random.Count) return Text($"every draw counted once: {draws} counted, {random.Count} drawn");
            var (min, max, sum) = (total[SnnRegionsCounters.MinRegions], total[SnnRegionsCounters.MaxRegions], total[SnnRegionsCounters.RegionsTotal]);
            if (draws > 0 && (min < 1 || min > max || sum < draws * min || sum > draws * max))
                return Text($"regions per draw in [min ≥ 1, max]: min {min}, max {max}, total {sum} over {draws} draws");
            return null;
        }

        var search = spec.Search!;
        if (total[SnnRegionsCounters.Restarts] != search.Restarts)
            return Text($"every restart counted once: {total[SnnRegionsCounters.Restarts]} counted, {search.Restarts} run");
        if (search.Restarts > 0 && total[SnnRegionsCounters.MinRegions] < 1) return Text($"regions ≥ 1 for every restart: worst {total[SnnRegionsCounters.MinRegions]}");
        return null;
    }

    private static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
