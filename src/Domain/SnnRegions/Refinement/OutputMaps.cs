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
        var keys = regions.Select(r => Key(r.Outputs)).ToArray();
        var components = new DisjointSets(regions.Count);
        foreach (var (a, b) in FacetAdjacency.Pairs(regions, keys, components)) components.Union(a, b);
        return (components.Components, keys.Distinct(StringComparer.Ordinal).LongCount());
    }

    /// <summary>A canonical text of the output map: each output's affine form (exact, reduced) or "never".</summary>
    public static string Key(IReadOnlyList<AffineForm?> outputs) =>
        string.Join(";", outputs.Select(f => f is null ? "never" : string.Join(",", f.Coefficients) + "|" + f.Constant));
}
