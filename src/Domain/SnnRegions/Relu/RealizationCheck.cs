using Expressivity.Domain.Numerics;
using Expressivity.Domain.SnnRegions.Refinement;

namespace Expressivity.Domain.SnnRegions.Relu;

/// <summary>
/// Decides exactly whether an SNN's realization equals a ReLU network's on [a, b]^d (d = 1 or 2). The SNN is
/// refined into cells on which its output is one affine form (<see cref="RegionRefinement"/>; the auxiliary
/// input at 0 makes the quotient coordinates the inputs themselves); each cell is clipped to the box and
/// split further by every ReLU unit's sign, so on each final piece both functions are affine: they must
/// have identical forms. Both are then also evaluated, with the plain forward evaluators, at every vertex
/// and edge midpoint of every piece, where the pieces meet. Error 0 means exact equality, not a tolerance.
/// </summary>
public static class RealizationCheck
{
    /// <summary>What was compared: the pieces (affine forms equal on each) and the points evaluated.</summary>
    /// <param name="Pieces">Final pieces of the box, each with equal affine forms.</param>
    /// <param name="Points">Vertices and edge midpoints where both evaluations agree.</param>
    /// <param name="Mismatch">Null when equal; else a point and the two values there.</param>
    public sealed record Result(long Pieces, long Points, string? Mismatch)
    {
        /// <summary>True when the two functions are equal on the whole box.</summary>
        public bool Equal => Mismatch is null;
    }

    /// <summary>Compares <paramref name="snn"/> with <paramref name="relu"/> on [a, b]^d.</summary>
    public static Result Compare(SnnEmulation snn, ReluNetwork relu, BigRational a, BigRational b)
    {
        var d = relu.Inputs;
        if (snn.Inputs != d) throw new ArgumentException($"the SNN realizes {snn.Inputs} inputs, the ReLU network {d}");
        if (d is < 1 or > 2) throw new ArgumentException("exact comparison handles d = 1 and d = 2 (interval and polygon cells)");
        if (a >= b) throw new ArgumentException("the domain needs a < b");
        var network = snn.WithAuxiliary();
        // The quotient of [0, w]^(d+1) holds every y whose entries and 0 fit in a window of width w: all of [a, b]^d.
        var width = BigRational.Max(b, BigRational.Zero) - BigRational.Min(a, BigRational.Zero) + 1;
        var box = Enumerable.Range(0, d).SelectMany(i => new[]
        {
            LinearInequality.Of(AffineForm.Coordinate(d, i) + (-b), strict: false),
            LinearInequality.Of((-BigRational.One * AffineForm.Coordinate(d, i)) + a, strict: false),
        }).ToArray();
        long pieces = 0, points = 0;
        string? mismatch = null;
        foreach (var region in RegionRefinement.Regions(network.Network, 0, width))
        {
            IRegionCell? cell = region.Cell;
            foreach (var q in box) cell = cell?.Clip(q);
            if (cell is null) continue;
            var output = region.Outputs[0] is { } t ? t + (-snn.OutputReference) : null;
            var inputs = Enumerable.Range(0, d).Select(i => AffineForm.Coordinate(d, i)).ToArray();
            foreach (var (piece, form) in Pieces(relu, cell, inputs, 0))
            {
                pieces++;
                if (output is null || OutputMaps.Key([output]) != OutputMaps.Key([form]))
                {
                    mismatch ??= $"on the piece at ({string.Join(", ", piece.Witness)}): SNN {output?.ToString() ?? "never fires"}, ReLU {form}";
                    continue;
                }

                foreach (var x in Points(piece))
                {
                    points++;
                    var (s, r) = (snn.Evaluate(x), relu.Evaluate(x));
                    if (s != r) mismatch ??= $"at ({string.Join(", ", x)}): SNN {s?.ToString() ?? "never fires"}, ReLU {r}";
                }
            }
        }

        return new Result(pieces, points, mismatch);
    }

    /// <summary>The ReLU network's affine pieces inside <paramref name="cell"/>, from layer <paramref name="l"/> on with inputs <paramref name="v"/>.</summary>
    private static IEnumerable<(IRegionCell Piece, AffineForm Output)> Pieces(ReluNetwork relu, IRegionCell cell, AffineForm[] v, int l)
    {
        var z = relu.Layers[l].Apply(v);
        if (l + 1 == relu.Layers.Count)
        {
            yield return (cell, z[0]);
            yield break;
        }

        foreach (var (piece, activated) in Signs(cell, z, 0, new AffineForm[z.Length]))
        {
            foreach (var result in Pieces(relu, piece, activated, l + 1)) yield return result;
        }
    }

    /// <summary>Splits by the sign of every pre-activation z_j: σ(z_j) is 0 where z_j ≤ 0 and z_j where z_j ≥ 0.</summary>
    private static IEnumerable<(IRegionCell, AffineForm[])> Signs(IRegionCell cell, AffineForm[] z, int j, AffineForm[] activated)
    {
        if (j == z.Length)
        {
            yield return (cell, activated.ToArray());
            yield break;
        }

        var off = LinearInequality.Of(z[j], strict: false);
        if (cell.Clip(off) is { } inactive)
        {
            activated[j] = BigRational.Zero * z[j];
            foreach (var r in Signs(inactive, z, j + 1, activated)) yield return r;
        }

        if (cell.Clip(off.Negate()) is { } active)
        {
            activated[j] = z[j];
            foreach (var r in Signs(active, z, j + 1, activated)) yield return r;
        }
    }

    /// <summary>Vertices and edge midpoints of a piece (interval ends and middle, or polygon vertices and edge middles).</summary>
    private static IEnumerable<BigRational[]> Points(IRegionCell piece)
    {
        switch (piece)
        {
            case IntervalCell i:
                yield return [i.Lo];
                yield return [(i.Lo + i.Hi) / 2];
                yield return [i.Hi];
                break;
            case PolygonCell g:
                for (var k = 0; k < g.Vertices.Count; k++)
                {
                    var (p, q) = (g.Vertices[k], g.Vertices[(k + 1) % g.Vertices.Count]);
                    yield return [p.X, p.Y];
                    yield return [(p.X + q.X) / 2, (p.Y + q.Y) / 2];
                }

                break;
            default:
                throw new ArgumentException($"no vertices for {piece.GetType().Name}");
        }
    }
}
