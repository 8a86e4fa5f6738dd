namespace Expressivity.Domain.Autoencoders;

/// <summary>
/// The candidate hidden layers of a d → h → D decoder: h distinct non-constant threshold functions of
/// the code, each up to negation (an output can negate its weight on a unit), one layer per orbit of the
/// code cube's symmetries (the code assignment absorbs them). Constant, repeated or negated units
/// would leave a narrower decoder, which the caller has already ruled out. For each layer: the output
/// functions it allows, every g∘H with g a threshold function of h inputs, with g kept for the network.
/// </summary>
public sealed class HiddenLayers
{
    private static readonly Dictionary<(int, int), HiddenLayers> Cache = [];

    private HiddenLayers(int d, int h)
    {
        var cube = CodeCube.Of(d);
        var points = 1 << d;
        var full = points == 64 ? ulong.MaxValue : (1UL << points) - 1;
        var units = SmallThresholdFunctions.Of(d).Functions
            .Where(f => f != 0 && f != full && (f & 1) == 0)
            .ToArray();
        var outputs = SmallThresholdFunctions.Of(h);
        var index = new Dictionary<ulong, int>();
        for (var i = 0; i < units.Length; i++) index[units[i]] = i;
        // moved[g][i]: the index of unit i's image under symmetry g, negation-normalised.
        var moved = cube.Symmetries.Select(map => units.Select(f =>
        {
            var image = CodeCube.Compose(f, map);
            return index[(image & 1) != 0 ? ~image & full : image];
        }).ToArray()).ToArray();
        var orbitMin = Enumerable.Range(0, units.Length).Select(i => moved.Min(m => m[i])).ToArray();
        var layers = new List<Layer>();
        var seen = new int[1 << points];
        foreach (var combo in Combinations(units.Length, h))
        {
            // Cheap necessary condition first: the least image starts with the least unit of any orbit present.
            var first = combo[0];
            var cut = false;
            foreach (var i in combo) cut |= orbitMin[i] < first;
            if (cut || !IsOrbitLeast(combo, moved)) continue;
            var hidden = combo.Select(i => units[i]).ToArray();
            var images = new int[points];
            for (var z = 0; z < points; z++)
            {
                for (var u = 0; u < h; u++) images[z] |= (int)(hidden[u] >> z & 1) << u;
            }

            var injective = images.Distinct().Count() == points;
            var (allowed, realisers) = Compose(outputs.Functions, images, injective, seen, layers.Count + 1);
            layers.Add(new Layer(hidden, injective, allowed, realisers));
        }

        All = layers;
    }

    /// <summary>
    /// One candidate layer: unit functions (masks over codes), whether it is injective, the allowed output
    /// functions of the code, and for each a threshold function g of the h units realising it.
    /// </summary>
    public sealed record Layer(ulong[] Units, bool Injective, ulong[] Outputs, ulong[] Realisers)
    {
        /// <summary>The g realising an allowed output function f.</summary>
        public ulong RealiserOf(ulong f) => Realisers[Array.IndexOf(Outputs, f)];
    }

    /// <summary>The layers, one per symmetry orbit.</summary>
    public IReadOnlyList<Layer> All { get; }

    /// <summary>Layers for d code bits and h ≤ 4 hidden units (built once).</summary>
    public static HiddenLayers Of(int d, int h)
    {
        if (d is < 1 or > 4 || h is < 1 or > 4) throw new ArgumentOutOfRangeException(nameof(h), "hidden layers are tabulated for d, h ≤ 4");
        lock (Cache)
        {
            if (!Cache.TryGetValue((d, h), out var layers)) Cache[(d, h)] = layers = new HiddenLayers(d, h);
            return layers;
        }
    }

    // Distinct g∘H, deduplicated with a stamp per output mask (2^n entries, n ≤ 16 codes). For an injective
    // layer, g∘H is a fixed reordering of the bits of g at the image points: one bit extract and a table.
    private static (ulong[] Allowed, ulong[] Realisers) Compose(IReadOnlyList<ulong> functions, int[] images, bool injective, int[] seen, int stamp)
    {
        var points = images.Length;
        var allowed = new List<ulong>();
        var realisers = new List<ulong>();
        var fast = injective && System.Runtime.Intrinsics.X86.Bmi2.X64.IsSupported;
        ulong select = 0;
        ulong[] reorder = [];
        if (fast)
        {
            foreach (var p in images) select |= 1UL << p;
            var rank = images.Select(p => System.Numerics.BitOperations.PopCount(select & ((1UL << p) - 1))).ToArray();
            reorder = new ulong[1 << points];
            for (var c = 0; c < reorder.Length; c++)
            {
                for (var z = 0; z < points; z++) reorder[c] |= (ulong)(c >> rank[z] & 1) << z;
            }
        }

        foreach (var g in functions)
        {
            ulong f = 0;
            if (fast) f = reorder[System.Runtime.Intrinsics.X86.Bmi2.X64.ParallelBitExtract(g, select)];
            else
            {
                for (var z = 0; z < points; z++) f |= (g >> images[z] & 1) << z;
            }

            if (seen[f] == stamp) continue;
            seen[f] = stamp;
            allowed.Add(f);
            realisers.Add(g);
        }

        return ([.. allowed], [.. realisers]);
    }

    // Units are stored negation-normalised (f(0) = 0) in ascending order; a layer is kept when its sorted
    // index tuple is the least among its images under every symmetry.
    private static bool IsOrbitLeast(int[] combo, int[][] moved)
    {
        Span<int> image = stackalloc int[combo.Length];
        foreach (var map in moved)
        {
            for (var u = 0; u < combo.Length; u++) image[u] = map[combo[u]];
            image.Sort();
            if (image.SequenceCompareTo(combo) < 0) return false;
        }

        return true;
    }

    private static IEnumerable<int[]> Combinations(int n, int k)
    {
        var c = Enumerable.Range(0, k).ToArray();
        if (k > n) yield break;
        while (true)
        {
            yield return (int[])c.Clone();
            var i = k - 1;
            while (i >= 0 && c[i] == n - k + i) i--;
            if (i < 0) yield break;
            c[i]++;
            for (var j = i + 1; j < k; j++) c[j] = c[j - 1] + 1;
        }
    }
}
