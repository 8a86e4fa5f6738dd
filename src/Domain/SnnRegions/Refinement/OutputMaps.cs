namespace Expressivity.Domain.SnnRegions.Refinement;

/// <summary>
/// Seed 001's linear regions from the final cells: cells sharing a facet are merged when the network's
/// output map (every output neuron's affine firing time, or never) is the same on both sides; the
/// connected components are the maximal pieces on which the output map is affine. Cells of one pattern
/// cut into several convex parts merge the same way, because their maps agree.
/// </summary>
public static class OutputMaps
{
    /// <summary>(linearRegions, affineMaps) of the final cells of one refinement.</summary>
    public static (long LinearRegions, long AffineMaps) Count(IReadOnlyList<RefinedRegion> regions)
    {
        var (linear, maps, _) = Analyse(regions);
        return (linear, maps);
    }

    /// <summary>
    /// Also a witnessed jump of the output: a point of a facet shared by two cells where their output
    /// forms differ (the limits from the two sides differ). Searched with interval and polygon cells only
    /// (null otherwise, and whenever none exists: with non-negative weights the map is continuous).
    /// </summary>
    public static (long LinearRegions, long AffineMaps, OutputJump? Jump) Analyse(IReadOnlyList<RefinedRegion> regions)
    {
        var keys = regions.Select(r => Key(r.Outputs)).ToArray();
        var components = new DisjointSets(regions.Count);
        OutputJump? jump = null;
        foreach (var (a, b, point) in FacetAdjacency.Pairs(regions, keys, components))
        {
            if (keys[a] == keys[b])
            {
                components.Union(a, b);
                continue;
            }

            if (jump is not null || point is null) continue;
            var left = regions[a].Outputs.Select(f => f?.At(point)).ToArray();
            var right = regions[b].Outputs.Select(f => f?.At(point)).ToArray();
            if (!left.SequenceEqual(right)) jump = new OutputJump(point, left, right);
        }

        return (components.Components, keys.Distinct(StringComparer.Ordinal).LongCount(), jump);
    }

    /// <summary>A canonical text of the output map: each output's affine form (exact, reduced) or "never".</summary>
    public static string Key(IReadOnlyList<AffineForm?> outputs) =>
        string.Join(";", outputs.Select(f => f is null ? "never" : string.Join(",", f.Coefficients) + "|" + f.Constant));
}
