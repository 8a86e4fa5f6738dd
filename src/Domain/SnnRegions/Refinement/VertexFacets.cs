using Expressivity.Domain.Numerics;

namespace Expressivity.Domain.SnnRegions.Refinement;

/// <summary>
/// Shared-facet questions between two vertex cells on opposite sides of a plane, settled from their
/// vertices before any LP: a point of the plane where every other inequality of both cells holds strictly
/// and the box is strict (the LP's own proof, checked exactly) proves a shared facet; bounding boxes of the
/// two faces on the plane that are apart in some coordinate prove there is none. Undecided is null.
/// </summary>
public static class VertexFacets
{
    /// <summary>True, false, or null when the vertices do not settle it (the caller's LP decides).</summary>
    public static bool? Shared(VertexCell a, VertexCell b, AffineForm plane, IReadOnlyList<LinearInequality> others)
    {
        var fa = a.On(plane).ToArray();
        var fb = b.On(plane).ToArray();
        if (fa.Length == 0 || fb.Length == 0) return false; // a closed cell not touching the plane shares nothing on it
        var dim = plane.Dimension;
        for (var i = 0; i < dim; i++)
        {
            // The faces are the hulls of these vertices: a gap in one coordinate keeps them apart.
            if (Max(fa, i) < Min(fb, i) || Max(fb, i) < Min(fa, i)) return false;
        }

        var (ca, cb) = (Average(fa), Average(fb));
        var middle = ca.Zip(cb, (x, y) => (x + y) / 2).ToArray();
        foreach (var point in new[] { ca, cb, middle })
        {
            if (Proves(a, point, others)) return true;
        }

        return null;
    }

    private static bool Proves(VertexCell cell, BigRational[] point, IReadOnlyList<LinearInequality> others)
    {
        var box = cell.Finder;
        return point.All(v => v > box.Min && v < box.Max) && others.All(q => q.IsConstant ? q.ConstantHolds : q.HoldsAt(point));
    }

    private static BigRational Max(BigRational[][] points, int i) => points.Select(p => p[i]).Aggregate(BigRational.Max);

    private static BigRational Min(BigRational[][] points, int i) => points.Select(p => p[i]).Aggregate(BigRational.Min);

    private static BigRational[] Average(BigRational[][] points)
    {
        var sum = new BigRational[points[0].Length];
        foreach (var p in points)
        {
            for (var i = 0; i < sum.Length; i++) sum[i] += p[i];
        }

        return sum.Select(v => v / points.Length).ToArray();
    }
}
