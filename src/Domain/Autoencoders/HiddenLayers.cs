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
        var layers = new List<Layer>();
        foreach (var combo in Combinations(units.Length, h))
        {
            var hidden = combo.Select(i => units[i]).ToArray();
            if (!IsOrbitLeast(hidden, cube, full)) continue;
            var images = new int[points];
            for (var z = 0; z < points; z++)
            {
                for (var u = 0; u < h; u++) images[z] |= (int)(hidden[u] >> z & 1) << u;
            }

            var allowed = new Dictionary<ulong, ulong>();
            foreach (var g in outputs.Functions)
            {
                ulong f = 0;
                for (var z = 0; z < points; z++) f |= (g >> images[z] & 1) << z;
                allowed.TryAdd(f, g);
            }

            layers.Add(new Layer(hidden, images.Distinct().Count() == points, allowed));
        }

        All = layers;
    }

    /// <summary>One candidate layer: unit functions (masks over codes), whether it is injective, and allowed output function → g.</summary>
    public sealed record Layer(ulong[] Units, bool Injective, Dictionary<ulong, ulong> Outputs);

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

    // Units are stored negation-normalised (f(0) = 0); a layer is kept when its sorted unit tuple is the
    // least among its images under every symmetry.
    private static bool IsOrbitLeast(ulong[] hidden, CodeCube cube, ulong full)
    {
        Span<ulong> image = stackalloc ulong[hidden.Length];
        foreach (var map in cube.Symmetries)
        {
            for (var u = 0; u < hidden.Length; u++)
            {
                var f = CodeCube.Compose(hidden[u], map);
                image[u] = (f & 1) != 0 ? ~f & full : f;
            }

            image.Sort();
            if (image.SequenceCompareTo(hidden) < 0) return false;
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
