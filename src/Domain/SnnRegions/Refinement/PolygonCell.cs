using Expressivity.Domain.Numerics;

namespace Expressivity.Domain.SnnRegions.Refinement;

/// <summary>
/// A convex polygon with positive area, exact vertices in counter-clockwise order: the cells of a
/// three-input network's quotient. Clipping by a half-plane is exact (one pass over the edges).
/// </summary>
public sealed class PolygonCell : IRegionCell
{
    private readonly (BigRational X, BigRational Y)[] _vertices;

    /// <summary>The polygon with these vertices (counter-clockwise, positive area: the caller checks).</summary>
    public PolygonCell(IReadOnlyList<(BigRational X, BigRational Y)> vertices)
    {
        _vertices = vertices.ToArray();
        var x = BigRational.Zero;
        var y = BigRational.Zero;
        foreach (var v in _vertices)
        {
            x += v.X;
            y += v.Y;
        }

        // The vertex average of a convex polygon with positive area is strictly inside it.
        Witness = [x / _vertices.Length, y / _vertices.Length];
    }

    /// <summary>The vertices, counter-clockwise.</summary>
    public IReadOnlyList<(BigRational X, BigRational Y)> Vertices => _vertices;

    /// <inheritdoc />
    public BigRational[] Witness { get; }

    /// <inheritdoc />
    public IRegionCell? Clip(LinearInequality constraint)
    {
        var (g0, g1, h) = (constraint.G[0], constraint.G[1], constraint.H);
        if (g0.Sign == 0 && g1.Sign == 0) return constraint.ConstantHolds ? this : null;
        var side = _vertices.Select(v => g0 * v.X + g1 * v.Y - h).ToArray();
        if (side.All(s => s.Sign <= 0)) return this;
        if (side.All(s => s.Sign >= 0)) return null;
        var kept = new List<(BigRational X, BigRational Y)>(_vertices.Length + 1);
        for (var i = 0; i < _vertices.Length; i++)
        {
            var j = (i + 1) % _vertices.Length;
            if (side[i].Sign <= 0) kept.Add(_vertices[i]);
            if (side[i].Sign * side[j].Sign < 0)
            {
                var t = side[i] / (side[i] - side[j]);
                kept.Add((_vertices[i].X + t * (_vertices[j].X - _vertices[i].X), _vertices[i].Y + t * (_vertices[j].Y - _vertices[i].Y)));
            }
        }

        return TwiceArea(kept).Sign > 0 ? new PolygonCell(kept) : null;
    }

    /// <summary>Twice the signed area (shoelace), exact.</summary>
    public static BigRational TwiceArea(IReadOnlyList<(BigRational X, BigRational Y)> vertices)
    {
        var sum = BigRational.Zero;
        for (var i = 0; i < vertices.Count; i++)
        {
            var (a, b) = (vertices[i], vertices[(i + 1) % vertices.Count]);
            sum += a.X * b.Y - a.Y * b.X;
        }

        return sum;
    }
}
