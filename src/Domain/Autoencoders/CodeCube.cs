namespace Expressivity.Domain.Autoencoders;

/// <summary>
/// The symmetries of the code cube {0,1}^d (input permutations and input negations, 2^d·d! of them) as
/// permutations of its 2^d points. Threshold functions are closed under both, so a code assignment
/// found up to these symmetries stands for all of them.
/// </summary>
public sealed class CodeCube
{
    private static readonly Dictionary<int, CodeCube> Cache = [];

    private CodeCube(int d)
    {
        Bits = d;
        Points = 1 << d;
        var maps = new List<int[]>();
        foreach (var order in Permutations(d))
        {
            for (var flip = 0; flip < Points; flip++)
            {
                var map = new int[Points];
                for (var z = 0; z < Points; z++)
                {
                    var image = 0;
                    for (var i = 0; i < d; i++) image |= (z >> i & 1) << order[i];
                    map[z] = image ^ flip;
                }

                maps.Add(map);
            }
        }

        Symmetries = maps;
    }

    /// <summary>Code bits d.</summary>
    public int Bits { get; }

    /// <summary>Code points 2^d.</summary>
    public int Points { get; }

    /// <summary>Each symmetry g as the map z → g(z).</summary>
    public IReadOnlyList<int[]> Symmetries { get; }

    /// <summary>The cube of d ≤ 6 bits (built once).</summary>
    public static CodeCube Of(int d)
    {
        if (d is < 0 or > 6) throw new ArgumentOutOfRangeException(nameof(d));
        lock (Cache)
        {
            if (!Cache.TryGetValue(d, out var cube)) Cache[d] = cube = new CodeCube(d);
            return cube;
        }
    }

    /// <summary>The function f∘g for a function given as a mask over the points.</summary>
    public static ulong Compose(ulong mask, int[] map)
    {
        ulong image = 0;
        for (var z = 0; z < map.Length; z++) image |= (mask >> map[z] & 1) << z;
        return image;
    }

    /// <summary>The least mask among f∘g over all symmetries g (a canonical member of f's orbit).</summary>
    public ulong Canonical(ulong mask)
    {
        var best = mask;
        foreach (var map in Symmetries) best = Math.Min(best, Compose(mask, map));
        return best;
    }

    /// <summary>All permutations of 0..k−1 (k ≤ 8 in practice).</summary>
    public static IEnumerable<int[]> Permutations(int k)
    {
        var p = Enumerable.Range(0, k).ToArray();
        while (true)
        {
            yield return (int[])p.Clone();
            var i = k - 2;
            while (i >= 0 && p[i] > p[i + 1]) i--;
            if (i < 0) yield break;
            var j = k - 1;
            while (p[j] < p[i]) j--;
            (p[i], p[j]) = (p[j], p[i]);
            Array.Reverse(p, i + 1, k - i - 1);
        }
    }
}
