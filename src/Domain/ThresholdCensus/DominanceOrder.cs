namespace Expressivity.Domain.ThresholdCensus;

/// <summary>
/// The dominance order on {0,1}^N that every regular (2-monotone) positive function respects, with
/// input 1 (bit 0) the most important: y ≽ x when every prefix count P_j(y) = Σ_{i ≤ j} y_i is at least
/// P_j(x). Any sorted weight vector w_1 ≥ … ≥ w_N ≥ 0 gives w·x = Σ_j v_j P_j(x) with v_j = w_j − w_{j+1}
/// ≥ 0, so y ≽ x implies w·y ≥ w·x. A regular function is exactly an up-set of this order.
/// </summary>
public sealed class DominanceOrder
{
    /// <summary>Builds the order for <paramref name="n"/> inputs (0 ≤ n ≤ 12).</summary>
    public DominanceOrder(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, 12);
        N = n;
        var points = 1 << n;
        Prefix = new int[points][];
        Packed = new ulong[points];
        UpperCovers = new int[points][];
        LowerCovers = new int[points][];
        for (var x = 0; x < points; x++)
        {
            Prefix[x] = new int[n];
            var run = 0;
            for (var j = 0; j < n; j++) Prefix[x][j] = run += x >> j & 1;
            if (n <= MaxPackedN) Packed[x] = Pack(Prefix[x]);
            UpperCovers[x] = Covers(x, up: true);
            LowerCovers[x] = Covers(x, up: false);
        }

        Words = points <= 64 ? 1 : points >> 6;
        DownSets = new ulong[points][];
        for (var x = 0; x < points; x++)
        {
            // x's down-set: x itself and everything below it (lower covers are lower in index order of
            // the sequence, but not in x's numeric value, so close it explicitly).
            var set = new ulong[Words];
            var stack = new Stack<int>([x]);
            while (stack.Count > 0)
            {
                var y = stack.Pop();
                if ((set[y >> 6] >> (y & 63) & 1) != 0) continue;
                set[y >> 6] |= 1UL << (y & 63);
                foreach (var z in LowerCovers[y]) stack.Push(z);
            }

            DownSets[x] = set;
        }

        // A strictly decreasing positive weight (N, N−1, …, 1) is strictly monotone in the order, so
        // sorting by it (ties by index) is a linear extension: every point comes after all it is below.
        Sequence = Enumerable.Range(0, points)
            .OrderByDescending(x => Rank(x, n))
            .ThenByDescending(x => x)
            .ToArray();
    }

    /// <summary>Number of inputs.</summary>
    public int N { get; }

    /// <summary>P(x): prefix counts, the coordinates of x against the weight gaps v.</summary>
    public int[][] Prefix { get; }

    /// <summary>
    /// P(x) packed into one word (N ≤ <see cref="MaxPackedN"/>; zero above): P_j in bits 6j..6j+4, bit 6j+5
    /// clear as a guard, so sums of two packed vectors stay field by field (P_j ≤ N, sums ≤ 20 &lt; 32) and
    /// a coordinate-wise comparison is one subtraction against <see cref="Guards"/>.
    /// </summary>
    public ulong[] Packed { get; }

    /// <summary>The guard bit of each of the N fields of <see cref="Packed"/>.</summary>
    public ulong Guards => PackedGuards(N);

    /// <summary>The largest N whose prefix counts fit <see cref="Packed"/>.</summary>
    public const int MaxPackedN = 10;

    /// <summary>Packs prefix counts (each ≤ 31, at most <see cref="MaxPackedN"/> of them) into 6-bit fields.</summary>
    public static ulong Pack(ReadOnlySpan<int> prefix)
    {
        if (prefix.Length > MaxPackedN) throw new ArgumentException($"at most {MaxPackedN} counts", nameof(prefix));
        ulong packed = 0;
        for (var j = 0; j < prefix.Length; j++) packed |= (ulong)prefix[j] << (6 * j);
        return packed;
    }

    /// <summary>The guard bits of <paramref name="n"/> packed fields.</summary>
    public static ulong PackedGuards(int n)
    {
        ulong guards = 0;
        for (var j = 0; j < n; j++) guards |= 1UL << (6 * j + 5);
        return guards;
    }

    /// <summary>Points covering x from above: a 1 moved one place towards input 1, or input N set.</summary>
    public int[][] UpperCovers { get; }

    /// <summary>Points x covers: a 1 moved one place towards input N, or input N cleared.</summary>
    public int[][] LowerCovers { get; }

    /// <summary>64-bit words of a point set (bit x of word x / 64).</summary>
    public int Words { get; }

    /// <summary>For each point, the bit set of all points it dominates (itself included).</summary>
    public ulong[][] DownSets { get; }

    /// <summary>All 2^N points, every point after each point that dominates it (top first).</summary>
    public int[] Sequence { get; }

    private int[] Covers(int x, bool up)
    {
        var covers = new List<int>();
        for (var i = 0; i + 1 < N; i++)
        {
            // up: bit i+1 set, bit i clear → shift that 1 to bit i; down: the reverse move.
            var (from, to) = up ? (i + 1, i) : (i, i + 1);
            if ((x >> from & 1) != 0 && (x >> to & 1) == 0) covers.Add(x ^ (1 << from) ^ (1 << to));
        }

        if (N > 0 && (x >> (N - 1) & 1) == (up ? 0 : 1)) covers.Add(x ^ (1 << (N - 1)));
        return covers.ToArray();
    }

    private static int Rank(int x, int n)
    {
        var rank = 0;
        for (var i = 0; i < n; i++) rank += (x >> i & 1) * (n - i);
        return rank;
    }
}
