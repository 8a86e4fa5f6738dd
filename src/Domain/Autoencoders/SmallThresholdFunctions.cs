namespace Expressivity.Domain.Autoencoders;

/// <summary>
/// Every threshold function of m ≤ 4 inputs, as a truth-table mask over the 2^m points (bit z = f(z)),
/// each with an integer witness (w, t) that was evaluated on every point. Found by running all weights
/// in [−3, 3]^m; completeness is the count matching the public numbers 2, 4, 14, 104, 1882 (SPEC 1.2),
/// asserted at construction, and for m ≤ 3 tests also refute every other function with an exact LP
/// certificate (<see cref="PartialThreshold"/>).
/// </summary>
public sealed class SmallThresholdFunctions
{
    private static readonly int[] KnownCounts = [2, 4, 14, 104, 1882];
    private static readonly SmallThresholdFunctions?[] Cache = new SmallThresholdFunctions?[5];
    private readonly Dictionary<ulong, ThresholdUnit> _witness = [];
    private readonly ulong[] _isThreshold;
    private HashSet<ulong>? _orbitLeast;

    private SmallThresholdFunctions(int m)
    {
        Inputs = m;
        Points = 1 << m;
        _isThreshold = new ulong[Math.Max(1, (1 << Points) / 64)];
        const int bound = 3;
        var w = new long[m];
        var combos = 1;
        for (var i = 0; i < m; i++) combos *= 2 * bound + 1;
        for (var c = 0; c < combos; c++)
        {
            var rest = c;
            for (var i = 0; i < m; i++)
            {
                w[i] = rest % (2 * bound + 1) - bound;
                rest /= 2 * bound + 1;
            }

            for (long t = -bound * m; t <= bound * m + 1; t++) Add(w, t);
        }

        if (_witness.Count != KnownCounts[m]) throw new InvalidOperationException($"found {_witness.Count} threshold functions of {m} inputs, expected {KnownCounts[m]}");
        Functions = [.. _witness.Keys.Order()];
    }

    /// <summary>Inputs m.</summary>
    public int Inputs { get; }

    /// <summary>Points 2^m.</summary>
    public int Points { get; }

    /// <summary>All threshold functions, ascending by mask.</summary>
    public IReadOnlyList<ulong> Functions { get; }

    /// <summary>The table for m ≤ 4 inputs (built once).</summary>
    public static SmallThresholdFunctions Of(int m)
    {
        if (m is < 0 or > 4) throw new ArgumentOutOfRangeException(nameof(m), "tables exist for 0..4 inputs");
        lock (Cache) return Cache[m] ??= new SmallThresholdFunctions(m);
    }

    /// <summary>The functions that are least in their orbit under the cube's symmetries (one per orbit).</summary>
    public IReadOnlySet<ulong> OrbitLeast
    {
        get
        {
            lock (_witness) return _orbitLeast ??= [.. Functions.Select(CodeCube.Of(Inputs).Canonical)];
        }
    }

    /// <summary>True when the mask (over all 2^m points) is a threshold function.</summary>
    public bool Contains(ulong mask) => (_isThreshold[mask >> 6] >> (int)(mask & 63) & 1) != 0;

    /// <summary>An integer realisation of a threshold function.</summary>
    public ThresholdUnit Witness(ulong mask) => _witness.TryGetValue(mask, out var unit) ? unit : throw new ArgumentException($"mask {mask:x} is not a threshold function of {Inputs} inputs", nameof(mask));

    /// <summary>The truth-table mask of [w·z ≥ t] over the 2^m points.</summary>
    public static ulong Table(ReadOnlySpan<long> w, long t)
    {
        ulong mask = 0;
        for (var z = 0; z < 1 << w.Length; z++)
        {
            long s = 0;
            for (var i = 0; i < w.Length; i++)
            {
                if ((z >> i & 1) != 0) s += w[i];
            }

            if (s >= t) mask |= 1UL << z;
        }

        return mask;
    }

    private void Add(long[] w, long t)
    {
        var mask = Table(w, t);
        if (_witness.ContainsKey(mask)) return;
        _witness[mask] = new ThresholdUnit((long[])w.Clone(), t);
        _isThreshold[mask >> 6] |= 1UL << (int)(mask & 63);
    }
}
