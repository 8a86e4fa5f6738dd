namespace Expressivity.Domain.SnnRegions.Refinement;

/// <summary>Counts from one refinement run (SPEC.md 5's field names).</summary>
/// <param name="Regions">Distinct activation patterns (tuples of causal sets of all neurons) with interior in the box.</param>
/// <param name="SilentRegions">Those in which some neuron never fires.</param>
/// <param name="Cells">Final cells of the refinement (at least <paramref name="Regions"/>; more when a pattern's region is not convex).</param>
/// <param name="Tuples">The distinct patterns, in first-found order.</param>
public sealed record RefinementCount(long Regions, long SilentRegions, long Cells, IReadOnlyList<CausalPattern[]> Tuples)
{
    /// <summary>Counts the distinct patterns of <paramref name="regions"/>.</summary>
    public static RefinementCount Of(IReadOnlyList<RefinedRegion> regions)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var tuples = new List<CausalPattern[]>();
        foreach (var r in regions)
        {
            if (seen.Add(string.Join(",", r.Patterns.Select(p => p.Code)))) tuples.Add(r.Patterns);
        }

        return new RefinementCount(tuples.Count, tuples.LongCount(t => t.Any(p => p.IsNever)), regions.Count, tuples);
    }
}
