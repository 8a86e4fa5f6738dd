using Expressivity.Domain.Numerics;

namespace Expressivity.Domain.SnnRegions.Refinement;

/// <summary>
/// Pairs of final cells that share a facet (a piece of common boundary of dimension one less than the
/// space), exactly: intervals touch at an end; polygons share an edge segment of positive length on one
/// line; polytopes have a point on a common hyperplane where every other inequality of both holds strictly
/// (exact LP, after the vertex tests of <see cref="VertexFacets"/>; only pairs with equal output-map keys are
/// tested there, since only those merge).
/// </summary>
public static class FacetAdjacency
{
    /// <summary>
    /// Adjacent pairs, each with an exact point of the shared facet's relative interior (null for LP cells).
    /// Intervals and polygons give every adjacent pair; LP cells only same-key pairs, skipping pairs
    /// <paramref name="joined"/> already connects.
    /// </summary>
    public static IEnumerable<(int A, int B, BigRational[]? Point)> Pairs(IReadOnlyList<RefinedRegion> regions, string[] keys, DisjointSets joined)
    {
        if (regions.Count < 2) return [];
        return regions[0].Cell switch
        {
            IntervalCell => Intervals(regions),
            PolygonCell => Polygons(regions),
            IConstraintCell => Polytopes(regions, keys, joined).Select(p => (p.Item1, p.Item2, (BigRational[]?)null)),
            _ => [],
        };
    }

    private static IEnumerable<(int, int, BigRational[]?)> Intervals(IReadOnlyList<RefinedRegion> regions)
    {
        // The cells tile the quotient interval, so after sorting each touches the next.
        var order = Enumerable.Range(0, regions.Count).OrderBy(i => ((IntervalCell)regions[i].Cell).Lo).ToArray();
        for (var k = 0; k + 1 < order.Length; k++)
        {
            yield return (order[k], order[k + 1], [((IntervalCell)regions[order[k]].Cell).Hi]);
        }
    }

    private static IEnumerable<(int, int, BigRational[]?)> Polygons(IReadOnlyList<RefinedRegion> regions)
    {
        var edges = new Dictionary<string, List<(BigRational From, BigRational To, int Cell, BigRational A, BigRational B, BigRational C)>>(StringComparer.Ordinal);
        for (var r = 0; r < regions.Count; r++)
        {
            var v = ((PolygonCell)regions[r].Cell).Vertices;
            for (var i = 0; i < v.Count; i++)
            {
                var (p, q) = (v[i], v[(i + 1) % v.Count]);
                if (p == q) continue;
                // Line a x + b y = c scaled so its first non-zero coefficient is 1; t = a y − b x runs along it.
                var (a, b) = (q.Y - p.Y, p.X - q.X);
                var s = a.Sign != 0 ? a : b;
                (a, b) = (a / s, b / s);
                var c = a * p.X + b * p.Y;
                var (t0, t1) = (a * p.Y - b * p.X, a * q.Y - b * q.X);
                var key = $"{a}|{b}|{c}";
                if (!edges.TryGetValue(key, out var list)) edges[key] = list = [];
                list.Add((BigRational.Min(t0, t1), BigRational.Max(t0, t1), r, a, b, c));
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
                    if (list[j].Cell == list[i].Cell) continue;
                    var t = (list[j].From + BigRational.Min(list[i].To, list[j].To)) / 2;
                    var (a, b, c) = (list[i].A, list[i].B, list[i].C);
                    // The point with a x + b y = c and a y − b x = t (a² + b² > 0).
                    var norm = a * a + b * b;
                    yield return (list[i].Cell, list[j].Cell, [(a * c - b * t) / norm, (b * c + a * t) / norm]);
                }
            }
        }
    }

    private static IEnumerable<(int, int)> Polytopes(IReadOnlyList<RefinedRegion> regions, string[] keys, DisjointSets joined)
    {
        var sides = new Dictionary<string, (HashSet<int> Below, HashSet<int> Above, AffineForm Plane)>(StringComparer.Ordinal);
        for (var r = 0; r < regions.Count; r++)
        {
            foreach (var q in ((IConstraintCell)regions[r].Cell).Constraints)
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
            var planeKey = Hyperplane(plane).Key;
            foreach (var a in below)
            {
                foreach (var b in above)
                {
                    if (joined.Find(a) == joined.Find(b)) continue;
                    var (ca, cb) = ((IConstraintCell)regions[a].Cell, (IConstraintCell)regions[b].Cell);
                    var others = ca.Constraints.Concat(cb.Constraints).Where(q => q.IsConstant || Hyperplane(q).Key != planeKey).ToList();
                    var shared = ca is VertexCell va && cb is VertexCell vb ? VertexFacets.Shared(va, vb, plane, others) : null;
                    if (shared ?? ca.Finder.FindOnFace(others, plane) is not null) yield return (a, b);
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
