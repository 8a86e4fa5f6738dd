using Expressivity.Domain.Numerics;

namespace Expressivity.Domain.SnnRegions.Refinement;

/// <summary>
/// Pairs of final cells with the same output-map key that share a facet (a piece of common boundary of
/// dimension one less than the space), exactly: intervals touch at an end; polygons share an edge
/// segment of positive length on one line; polytopes have a point on a common hyperplane where every other
/// inequality of both holds strictly (exact LP). Only cells with equal keys are paired: the others never merge.
/// </summary>
public static class FacetAdjacency
{
    /// <summary>Adjacent same-key pairs; <paramref name="joined"/> lets the LP form skip pairs already connected.</summary>
    public static IEnumerable<(int A, int B)> Pairs(IReadOnlyList<RefinedRegion> regions, string[] keys, DisjointSets joined)
    {
        if (regions.Count < 2) return [];
        return regions[0].Cell switch
        {
            IntervalCell => Intervals(regions, keys),
            PolygonCell => Polygons(regions, keys),
            PolytopeCell => Polytopes(regions, keys, joined),
            _ => [],
        };
    }

    private static IEnumerable<(int, int)> Intervals(IReadOnlyList<RefinedRegion> regions, string[] keys)
    {
        // The cells tile the quotient interval, so after sorting each touches the next.
        var order = Enumerable.Range(0, regions.Count).OrderBy(i => ((IntervalCell)regions[i].Cell).Lo).ToArray();
        for (var k = 0; k + 1 < order.Length; k++)
        {
            if (keys[order[k]] == keys[order[k + 1]]) yield return (order[k], order[k + 1]);
        }
    }

    private static IEnumerable<(int, int)> Polygons(IReadOnlyList<RefinedRegion> regions, string[] keys)
    {
        var edges = new Dictionary<string, List<(BigRational From, BigRational To, int Cell)>>(StringComparer.Ordinal);
        for (var r = 0; r < regions.Count; r++)
        {
            var v = ((PolygonCell)regions[r].Cell).Vertices;
            for (var i = 0; i < v.Count; i++)
            {
                var (p, q) = (v[i], v[(i + 1) % v.Count]);
                if (p == q) continue;
                // Line a x + b y = c scaled so its first non-zero coefficient is 1; t runs along it.
                var (a, b) = (q.Y - p.Y, p.X - q.X);
                var s = a.Sign != 0 ? a : b;
                (a, b) = (a / s, b / s);
                var c = a * p.X + b * p.Y;
                var (t0, t1) = (a * p.Y - b * p.X, a * q.Y - b * q.X);
                var key = $"{a}|{b}|{c}|{keys[r]}";
                if (!edges.TryGetValue(key, out var list)) edges[key] = list = [];
                list.Add((BigRational.Min(t0, t1), BigRational.Max(t0, t1), r));
            }
        }

        foreach (var list in edges.Values)
        {
            // Cells on one side of a line cannot overlap along it, so a positive-length overlap is a shared facet.
            list.Sort((x, y) => x.From.CompareTo(y.From));
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count && list[j].From < list[i].To; j++)
                {
                    if (list[j].Cell != list[i].Cell) yield return (list[i].Cell, list[j].Cell);
                }
            }
        }
    }

    private static IEnumerable<(int, int)> Polytopes(IReadOnlyList<RefinedRegion> regions, string[] keys, DisjointSets joined)
    {
        var sides = new Dictionary<string, (HashSet<int> Below, HashSet<int> Above, AffineForm Plane)>(StringComparer.Ordinal);
        for (var r = 0; r < regions.Count; r++)
        {
            foreach (var q in ((PolytopeCell)regions[r].Cell).Constraints)
            {
                if (q.IsConstant) continue;
                var (key, plane, below) = Hyperplane(q);
                key += "|" + keys[r];
                if (!sides.TryGetValue(key, out var entry)) sides[key] = entry = ([], [], plane);
                (below ? entry.Below : entry.Above).Add(r);
            }
        }

        foreach (var (below, above, plane) in sides.Values)
        {
            foreach (var a in below)
            {
                foreach (var b in above)
                {
                    if (joined.Find(a) == joined.Find(b)) continue;
                    var (ca, cb) = ((PolytopeCell)regions[a].Cell, (PolytopeCell)regions[b].Cell);
                    var others = ca.Constraints.Concat(cb.Constraints).Where(q => q.IsConstant || Hyperplane(q).Key != Hyperplane(plane).Key).ToList();
                    if (ca.Finder.FindOnFace(others, plane) is not null) yield return (a, b);
                }
            }
        }
    }

    /// <summary>g·x = h scaled so g's first non-zero entry is 1, and whether the inequality keeps the side below it.</summary>
    private static (string Key, AffineForm Plane, bool Below) Hyperplane(LinearInequality q)
    {
        var first = q.G.First(v => v.Sign != 0);
        var g = q.G.Select(v => v / first).ToArray();
        var h = q.H / first;
        return (string.Join(",", g) + "|" + h, new AffineForm(g, -h), first.Sign > 0);
    }

    private static (string Key, AffineForm Plane, bool Below) Hyperplane(AffineForm plane) =>
        Hyperplane(LinearInequality.Of(plane, strict: true));
}
