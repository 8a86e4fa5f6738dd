namespace Expressivity.Domain.NeuronExpressivity;

/// <summary>
/// The distinct functions of a neuron family in parameter order, for the expressivity matrix
/// (SPEC.md 1): weight vectors are walked as base-|W| numbers with coordinate 0 the fastest digit
/// (the same way x = 0…0 to 1…1 counts, bit 0 = input 0), and for each vector the thresholds
/// increase; a function's column is the place it first appears. Works up to n = 12 (4096-bit tables,
/// one <see cref="ulong"/> word per 64 inputs, bit x of the table = f(x)).
/// </summary>
public static class ParameterOrderFunctions
{
    /// <summary>Largest n (2^12 rows is the tallest matrix we draw).</summary>
    public const int MaxN = 12;

    /// <summary>
    /// Enumerates until every vector is done, <paramref name="maxFunctions"/> functions are found and one
    /// more exists (truncated), or <paramref name="maxWork"/> (weight vectors × 2^n) is spent.
    /// </summary>
    public static ParameterOrderResult Enumerate(int n, InputEncoding inputs, WeightDomain weights, ThresholdRule threshold,
        int maxFunctions, long maxWork)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, MaxN);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxFunctions, 1);
        var points = 1 << n;
        var words = Math.Max(1, points / 64);
        var index = new long[n];
        var w = Enumerable.Repeat(weights.ValueAt(0), n).ToArray();
        var dots = new long[points];
        DotProducts.Fill(w, inputs, dots);
        var seen = new HashSet<ulong[]>(TableComparer.Instance);
        var tables = new List<ulong[]>();
        var current = new ulong[words];
        var keys = new long[points];
        var order = new int[points];
        long vectors = 0;
        while (true)
        {
            vectors++;
            dots.CopyTo(keys, 0);
            for (var x = 0; x < points; x++) order[x] = x;
            Array.Sort(keys, order);
            Array.Clear(current);
            for (var x = 0; x < points; x++)
            {
                if (dots[x] >= threshold.Low) current[x >> 6] |= 1UL << (x & 63);
            }

            // S(low) first, then S(v+1) for each distinct dot value v in [low, high): thresholds increasing.
            if (!Offer(current, seen, tables, maxFunctions)) return new(tables, vectors, ParameterOrderStop.Truncated);
            for (var i = 0; i < points;)
            {
                var v = keys[i];
                if (v >= threshold.High) break;
                var j = i;
                for (; j < points && keys[j] == v; j++)
                {
                    if (v >= threshold.Low) current[order[j] >> 6] &= ~(1UL << (order[j] & 63));
                }

                if (v >= threshold.Low && !Offer(current, seen, tables, maxFunctions))
                    return new(tables, vectors, ParameterOrderStop.Truncated);
                i = j;
            }

            if (!Next(index, w, weights, inputs, dots)) return new(tables, vectors, ParameterOrderStop.Complete);
            if (vectors * (long)points >= maxWork) return new(tables, vectors, ParameterOrderStop.WorkLimit);
        }
    }

    // False when the table is new but the column budget is already full.
    private static bool Offer(ulong[] table, HashSet<ulong[]> seen, List<ulong[]> tables, int maxFunctions)
    {
        if (seen.Contains(table)) return true;
        if (tables.Count == maxFunctions) return false;
        var copy = (ulong[])table.Clone();
        seen.Add(copy);
        tables.Add(copy);
        return true;
    }

    // The odometer step, coordinate 0 fastest; false after the last vector.
    private static bool Next(long[] index, long[] w, WeightDomain weights, InputEncoding inputs, long[] dots)
    {
        for (var i = 0; i < index.Length; i++)
        {
            var next = index[i] + 1 < weights.Count ? index[i] + 1 : 0;
            var value = weights.ValueAt(next);
            DotProducts.AddToWeight(i, value - w[i], inputs, dots);
            w[i] = value;
            index[i] = next;
            if (next != 0) return true;
        }

        return false;
    }

    private sealed class TableComparer : IEqualityComparer<ulong[]>
    {
        public static readonly TableComparer Instance = new();

        public bool Equals(ulong[]? a, ulong[]? b) => a.AsSpan().SequenceEqual(b);

        public int GetHashCode(ulong[] table)
        {
            var hash = new HashCode();
            hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(table.AsSpan()));
            return hash.ToHashCode();
        }
    }
}

/// <summary>Why <see cref="ParameterOrderFunctions.Enumerate"/> stopped.</summary>
public enum ParameterOrderStop
{
    /// <summary>Every weight vector was visited: the list is the whole family.</summary>
    Complete,

    /// <summary>The column budget was full and a further new function appeared.</summary>
    Truncated,

    /// <summary>The work budget ran out before the last weight vector.</summary>
    WorkLimit,
}

/// <summary>The functions found, in order of first appearance, and how the walk ended.</summary>
/// <param name="Tables">Truth tables, bit x = f(x), 2^n bits in max(1, 2^n/64) words.</param>
/// <param name="WeightVectors">Weight vectors visited.</param>
/// <param name="Stop">Why the walk ended.</param>
public sealed record ParameterOrderResult(IReadOnlyList<ulong[]> Tables, long WeightVectors, ParameterOrderStop Stop);
