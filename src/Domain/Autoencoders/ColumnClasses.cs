namespace Expressivity.Domain.Autoencoders;

/// <summary>
/// The vector-cube quotient behind <see cref="ColumnSetCount"/>. A set S of n = 2^d vectors with its rows
/// labelled by the n code points is an n × D matrix with distinct rows; its columns are functions on the n
/// points. Negating a vector coordinate negates a column, so columns are taken up to negation (a class is
/// represented by the function with f(point 0) = 0, indexed by its other n − 1 bits). A class
/// "separates" the point pairs where it differs; rows are distinct exactly when the column classes
/// together separate every pair. The threshold classes and their images under every relabelling of the
/// points (the code assignments) are precomputed here.
/// </summary>
public sealed class ColumnClasses
{
    private ColumnClasses(int d)
    {
        CodeBits = d;
        Points = 1 << d;
        var full = Points == 64 ? ulong.MaxValue : (1UL << Points) - 1;
        Threshold = [.. SmallThresholdFunctions.Of(d).Functions.Where(f => (f & 1) == 0).Select(f => f >> 1)];
        Separates = [.. Threshold.Select(SeparatedPairs)];
        // An image is a set of classes, kept as a bit mask over the 2^(n−1) ≤ 128 class indices.
        var images = new HashSet<UInt128>();
        var imageList = new List<UInt128>();
        foreach (var pi in CodeCube.Permutations(Points))
        {
            UInt128 image = 0;
            foreach (var c in Threshold)
            {
                var f = CodeCube.Compose(c << 1, pi);
                image |= UInt128.One << (int)(((f & 1) != 0 ? ~f & full : f) >> 1);
            }

            if (images.Add(image)) imageList.Add(image);
        }

        Images = imageList.Count;
        Contains = new ulong[Threshold.Length][];
        for (var i = 0; i < Threshold.Length; i++)
        {
            Contains[i] = new ulong[(Images + 63) / 64];
            for (var m = 0; m < Images; m++)
            {
                if ((imageList[m] >> (int)Threshold[i] & 1) != 0) Contains[i][m >> 6] |= 1UL << (m & 63);
            }
        }
    }

    /// <summary>Code bits d (1..3: the relabellings are enumerated, n! of them).</summary>
    public int CodeBits { get; }

    /// <summary>Points n = 2^d.</summary>
    public int Points { get; }

    /// <summary>Threshold column classes (index = bits 1..n−1 of the representative).</summary>
    public ulong[] Threshold { get; }

    /// <summary>For each threshold class, the mask of point pairs it separates.</summary>
    public ulong[] Separates { get; }

    /// <summary>Distinct images of the threshold class set under relabelling the points.</summary>
    public int Images { get; }

    /// <summary>For each threshold class, the bitset of images that contain it.</summary>
    public ulong[][] Contains { get; }

    /// <summary>Mask with every point pair set.</summary>
    public ulong AllPairs => Points * (Points - 1) / 2 == 64 ? ulong.MaxValue : (1UL << (Points * (Points - 1) / 2)) - 1;

    private static readonly ColumnClasses?[] Cache = new ColumnClasses?[4];

    /// <summary>Classes for d ≤ 3 (built once).</summary>
    public static ColumnClasses Of(int d)
    {
        if (d is < 1 or > 3) throw new ArgumentOutOfRangeException(nameof(d), "column classes are enumerated for d = 1..3");
        lock (Cache) return Cache[d] ??= new ColumnClasses(d);
    }

    /// <summary>The pairs (p &lt; q) a class separates, pair bits in lexicographic order.</summary>
    public ulong SeparatedPairs(ulong classBits)
    {
        var f = classBits << 1;
        ulong mask = 0;
        var bit = 0;
        for (var p = 0; p < Points; p++)
        {
            for (var q = p + 1; q < Points; q++, bit++)
            {
                if ((f >> p & 1) != (f >> q & 1)) mask |= 1UL << bit;
            }
        }

        return mask;
    }
}
