namespace Expressivity.Domain.Threshold;

/// <summary>
/// Method (a) of SPEC.md 1.3: every sorted non-negative weight vector w_1 ≥ … ≥ w_N ≥ 0 with w_1 in a
/// range, every threshold at once through <see cref="ChowTable"/>, deduplicated on the canonical Chow
/// key. Every function with weights in [−K, K] is an input-negated, permuted copy of a positive one with
/// sorted weights in [0, K], so the classes found for w_1 ≤ K, weighted by orbit size, count E(N, K).
/// </summary>
public static class SortedWeightEnumeration
{
    /// <summary>Adds to <paramref name="classes"/> the canonical key of every function [w·x ≥ t] with
    /// sorted weights and <paramref name="minTop"/> ≤ w_1 ≤ <paramref name="maxTop"/>; returns vectors visited.</summary>
    public static long Collect(int n, int minTop, int maxTop, HashSet<ChowKey> classes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, ChowKey.MaxN);
        ArgumentOutOfRangeException.ThrowIfNegative(minTop);
        var walker = new Walker(n, classes);
        if (n == 0)
        {
            walker.Visit();
            return 1;
        }

        for (var top = minTop; top <= maxTop; top++)
        {
            walker.Weights[0] = top;
            walker.Fill(1, top, top);
        }

        return walker.Visited;
    }

    /// <summary>E(N, K): the number of functions [w·x ≥ t] with integer weights in [−K, K], any t.</summary>
    public static System.Numerics.BigInteger Count(int n, int k)
    {
        var classes = new HashSet<ChowKey>();
        Collect(n, 0, k, classes);
        return OrbitSum(n, classes);
    }

    /// <summary>E(N, K) for K = 0..<paramref name="maxK"/> in one pass: each top weight is visited once and
    /// the classes accumulate, so entry K counts the functions with weights in [−K, K].</summary>
    public static System.Numerics.BigInteger[] CountsByBound(int n, int maxK)
    {
        var classes = new HashSet<ChowKey>();
        var counts = new System.Numerics.BigInteger[maxK + 1];
        for (var k = 0; k <= maxK; k++)
        {
            Collect(n, k, k, classes);
            counts[k] = OrbitSum(n, classes);
        }

        return counts;
    }

    /// <summary>Σ orbit size over canonical classes (SPEC.md 1.3).</summary>
    public static System.Numerics.BigInteger OrbitSum(int n, IEnumerable<ChowKey> classes)
    {
        System.Numerics.BigInteger total = 0;
        Span<long> chow = stackalloc long[n + 1];
        foreach (var key in classes)
        {
            key.Unpack(chow);
            total += ThresholdClass.FromChow(chow).Orbit;
        }

        return total;
    }

    private sealed class Walker(int n, HashSet<ChowKey> classes)
    {
        private readonly ChowTable _table = new(n);

        public int[] Weights { get; } = new int[n];

        public long Visited { get; private set; }

        // Chooses w_depth.. in non-increasing order; gcd tracks whether a smaller multiple exists.
        public void Fill(int depth, int cap, int gcd)
        {
            if (depth == n)
            {
                // A vector with common factor g realises the same functions as w / g, which has a smaller
                // top weight and is visited too (all-zero vectors give only the constants; keep them).
                if (gcd <= 1) Visit();
                return;
            }

            for (var w = cap; w >= 0; w--)
            {
                Weights[depth] = w;
                Fill(depth + 1, w, Gcd(gcd, w));
            }
        }

        public void Visit()
        {
            Visited++;
            _table.Load(Weights);
            for (var t = 0; t <= _table.Total + 1; t++)
            {
                // Thresholds strictly between achievable sums repeat the function of the next achievable one.
                if (t <= _table.Total && !_table.IsAchievable(t)) continue;
                classes.Add(_table.Key(t));
            }
        }

        private static int Gcd(int a, int b)
        {
            while (b != 0) (a, b) = (b, a % b);
            return a;
        }
    }
}
