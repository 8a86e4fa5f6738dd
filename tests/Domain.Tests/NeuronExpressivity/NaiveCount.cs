using Expressivity.Domain.NeuronExpressivity;

namespace Expressivity.Domain.Tests.NeuronExpressivity;

/// <summary>
/// The independent count: every weight vector of the family, every threshold class evaluated point by
/// point (<see cref="ThresholdTablesReference"/>, <see cref="DotProducts.At"/>), one HashSet. No sign
/// patterns, no ownership rule, no buckets, no store.
/// </summary>
internal static class NaiveCount
{
    public static long Distinct(int n, long[] weights, InputEncoding inputs, long low, long high)
    {
        var seen = new HashSet<UInt128>();
        var w = new long[n];
        var dots = new long[1 << n];
        var index = new int[n];
        while (true)
        {
            for (var i = 0; i < n; i++) w[i] = weights[index[i]];
            for (var x = 0; x < dots.Length; x++) dots[x] = DotProducts.At(w, inputs, x);
            foreach (var table in ThresholdTablesReference.Compute(dots, low, high)) seen.Add(table);
            var c = 0;
            while (c < n && ++index[c] == weights.Length) index[c++] = 0;
            if (c == n) return seen.Count;
        }
    }
}
