namespace Expressivity.Domain.NeuronExpressivity;

/// <summary>
/// The definition <see cref="ThresholdTables"/> must match, written plainly: try one representative
/// threshold of every class (the window's low end, every dot value inside the window, and max+1),
/// and evaluate [w·x ≥ t] point by point for each.
/// </summary>
public static class ThresholdTablesReference
{
    /// <summary>The distinct tables for thresholds in [<paramref name="low"/>, <paramref name="high"/>], sorted.</summary>
    public static IReadOnlyList<UInt128> Compute(ReadOnlySpan<long> dots, long low, long high)
    {
        var max = long.MinValue;
        foreach (var d in dots) max = Math.Max(max, d);
        var candidates = new List<long> { low };
        foreach (var d in dots)
        {
            if (d > low && d <= high) candidates.Add(d);
        }

        if (max + 1 > low && max + 1 <= high) candidates.Add(max + 1);
        var tables = new SortedSet<UInt128>();
        foreach (var t in candidates)
        {
            UInt128 table = UInt128.Zero;
            for (var x = 0; x < dots.Length; x++)
            {
                if (dots[x] >= t) table |= UInt128.One << x;
            }

            tables.Add(table);
        }

        return tables.ToList();
    }
}
