namespace Expressivity.Domain.Tests.Threshold;

/// <summary>Independent 2^N-loop references for the threshold machinery (tests only).</summary>
internal static class BruteForce
{
    public static bool Eval(IReadOnlyList<long> w, long t, int x)
    {
        long s = 0;
        for (var i = 0; i < w.Count; i++)
        {
            if ((x >> i & 1) != 0) s += w[i];
        }

        return s >= t;
    }

    public static long[] Chow(IReadOnlyList<long> w, long t)
    {
        var n = w.Count;
        var chow = new long[n + 1];
        for (var x = 0; x < 1 << n; x++)
        {
            if (!Eval(w, t, x)) continue;
            chow[0]++;
            for (var i = 0; i < n; i++)
            {
                if ((x >> i & 1) != 0) chow[i + 1]++;
            }
        }

        return chow;
    }

    /// <summary>Truth table as a bit string over the 2^N points (N ≤ 6 keeps it in a ulong).</summary>
    public static ulong Table(IReadOnlyList<long> w, long t)
    {
        ulong table = 0;
        for (var x = 0; x < 1 << w.Count; x++)
        {
            if (Eval(w, t, x)) table |= 1UL << x;
        }

        return table;
    }

    /// <summary>Distinct functions [w·x ≥ t] with every w in [−K, K]^N and every useful t.</summary>
    public static int DistinctFunctions(int n, int k)
    {
        var seen = new HashSet<ulong>();
        var w = new long[n];
        var digits = new int[n];
        while (true)
        {
            for (var i = 0; i < n; i++) w[i] = digits[i] - k;
            for (long t = -n * k; t <= n * k + 1; t++) seen.Add(Table(w, t));
            var j = 0;
            while (j < n && ++digits[j] > 2 * k) digits[j++] = 0;
            if (j == n) return seen.Count;
        }
    }

    /// <summary>The set of truth tables reachable by negating and permuting inputs.</summary>
    public static HashSet<ulong> Orbit(ulong table, int n)
    {
        var orbit = new HashSet<ulong>();
        foreach (var perm in Permutations(Enumerable.Range(0, n).ToArray()))
        {
            for (var mask = 0; mask < 1 << n; mask++)
            {
                ulong image = 0;
                for (var x = 0; x < 1 << n; x++)
                {
                    var y = 0;
                    for (var i = 0; i < n; i++)
                    {
                        if ((x >> i & 1) != 0) y |= 1 << perm[i];
                    }

                    if ((table >> (y ^ mask) & 1) != 0) image |= 1UL << x;
                }

                orbit.Add(image);
            }
        }

        return orbit;
    }

    public static bool IsMonotone(ulong table, int n)
    {
        for (var x = 0; x < 1 << n; x++)
        {
            for (var i = 0; i < n; i++)
            {
                if ((x >> i & 1) == 0 && (table >> x & 1) > (table >> (x | 1 << i) & 1)) return false;
            }
        }

        return true;
    }

    public static IEnumerable<int[]> Permutations(int[] items)
    {
        if (items.Length <= 1)
        {
            yield return items;
            yield break;
        }

        for (var i = 0; i < items.Length; i++)
        {
            var rest = items.Where((_, j) => j != i).ToArray();
            foreach (var p in Permutations(rest)) yield return [items[i], .. p];
        }
    }
}
