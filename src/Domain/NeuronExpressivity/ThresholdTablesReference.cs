namespace Expressivity.Domain.NeuronExpressivity;

/// <summary>
/// The definition <see cref="ThresholdTables"/> must match, written plainly. The distinct dot values
/// d_0 &lt; … &lt; d_m cut the integers into classes (−∞, d_0], (d_0, d_1], …, (d_m, +∞) on which
/// [w·x ≥ t] does not change; every class that meets [low, high] contributes the table of one threshold
/// in the intersection, evaluated point by point.
/// </summary>
public static class ThresholdTablesReference
{
    /// <summary>The distinct tables for thresholds in [<paramref name="low"/>, <paramref name="high"/>], sorted.</summary>
    public static IReadOnlyList<UInt128> Compute(ReadOnlySpan<long> dots, long low, long high)
    {
        var values = dots.ToArray().Distinct().Order().ToList();
        var tables = new SortedSet<UInt128>();
        for (var k = 0; k <= values.Count; k++)
        {
            // Class k is (previous, next]: previous = d_{k-1} (or −∞), next = d_k (or +∞).
            var first = k == 0 ? long.MinValue : values[k - 1] + 1;
            var last = k == values.Count ? long.MaxValue : values[k];
            var t = Math.Max(first, low);
            if (t > Math.Min(last, high)) continue;
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
