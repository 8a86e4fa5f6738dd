using System.Collections.Concurrent;

namespace Expressivity.Domain.ThresholdCircuits;

/// <summary>
/// Every threshold function of n ≤ 5 inputs as a truth-table mask (bit x = f(x)), each with an integer
/// witness (w, t) evaluated on every point. Found from all weights in [−max(n,1), max(n,1)]^n, every
/// distinct threshold of each; completeness is the count matching the public numbers 4, 14, 104,
/// 1882, 94572 (SPEC 1.2), checked at construction.
/// </summary>
public sealed class ThresholdFunctionList
{
    /// <summary>Largest n with a table.</summary>
    public const int MaxInputs = 5;

    private static readonly long[] KnownCounts = [2, 4, 14, 104, 1882, 94572];
    private static readonly ConcurrentDictionary<int, ThresholdFunctionList> Cache = new();
    private readonly Dictionary<ulong, (long[] Weights, long Threshold)> _witness = [];

    private ThresholdFunctionList(int n)
    {
        Inputs = n;
        var bound = Math.Max(n, 1);
        var w = new long[n];
        var sums = new long[1 << n];
        var combos = (long)Math.Pow(2 * bound + 1, n);
        for (var c = 0L; c < combos; c++)
        {
            var rest = c;
            for (var i = 0; i < n; i++)
            {
                w[i] = rest % (2 * bound + 1) - bound;
                rest /= 2 * bound + 1;
            }

            for (var x = 0; x < sums.Length; x++)
            {
                long s = 0;
                for (var i = 0; i < n; i++) s += (x >> i & 1) != 0 ? w[i] : 0;
                sums[x] = s;
            }

            // [w·x ≥ t] only changes at t = some sum, so those thresholds (and one above all) give every function of w.
            foreach (var t in sums.Distinct().Append(sums.Max() + 1))
            {
                ulong mask = 0;
                for (var x = 0; x < sums.Length; x++) mask |= sums[x] >= t ? 1UL << x : 0;
                _witness.TryAdd(mask, ((long[])w.Clone(), t));
            }
        }

        if (_witness.Count != KnownCounts[n]) throw new InvalidOperationException($"found {_witness.Count} threshold functions of {n} inputs, expected {KnownCounts[n]}");
        Functions = [.. _witness.Keys.Order()];
    }

    /// <summary>Inputs n.</summary>
    public int Inputs { get; }

    /// <summary>All threshold functions, ascending by mask.</summary>
    public IReadOnlyList<ulong> Functions { get; }

    /// <summary>The table for n ≤ 5 inputs (built once per process).</summary>
    public static ThresholdFunctionList Of(int n)
    {
        if (n is < 0 or > MaxInputs) throw new ArgumentOutOfRangeException(nameof(n), $"tables exist for 0..{MaxInputs} inputs");
        return Cache.GetOrAdd(n, k => new ThresholdFunctionList(k));
    }

    /// <summary>An integer realisation of a threshold function in the table.</summary>
    public (long[] Weights, long Threshold) Witness(ulong mask) => _witness[mask];
}
