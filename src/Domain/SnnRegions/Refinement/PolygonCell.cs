using Expressivity.Domain.Numerics;

namespace Expressivity.Domain.SnnRegions.Refinement;

/// <summary>
/// A convex polygon with positive area, exact vertices in counter-clockwise order: the cells of a
/// three-input network's quotient. Clipping by a half-plane is exact (one pass over the edges); a double
/// evaluation with a proven error margin first settles the common case of a line that misses the polygon.
/// </summary>
public sealed class PolygonCell : IRegionCell
{
    /// <summary>
    /// Relative error bound of the double side test: each operand is within 2^-52 (relative) of its exact
    /// value and three roundings follow, so the error is below 8·2^-53 times the sum of the terms'
    /// magnitudes; 1e-12 is over a thousand times that.
    /// </summary>
    private const double Margin = 1e-12;

    private readonly (BigRational X, BigRational Y)[] _vertices;
    private readonly (double X, double Y)[] _approx;

    /// <summary>The polygon with these vertices (counter-clockwise, positive area: the caller checks).</summary>
    public PolygonCell(IReadOnlyList<(BigRational X, BigRational Y)> vertices)
    {
        _vertices = vertices.ToArray();
        _approx = _vertices.Select(v => (v.X.ToDouble(), v.Y.ToDouble())).ToArray();
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
        switch (Settled(constraint))
        {
            case < 0: return this;
            case > 0: return null;
        }

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

    /// <summary>
    /// −1 when every vertex is certainly strictly inside the half-plane, +1 when every one is certainly strictly
    /// outside, 0 when the doubles cannot tell (the exact pass decides). Sides beyond the error margin have
    /// the sign of their exact value, so a settled answer is the exact one.
    /// </summary>
    private int Settled(LinearInequality constraint)
    {
        var (a, b, c) = (constraint.ApproxG[0], constraint.ApproxG[1], constraint.ApproxH);
        var (inside, outside) = (0, 0);
        foreach (var (x, y) in _approx)
        {
            var side = (a * x) + (b * y) - c;
            var margin = Margin * (Math.Abs(a * x) + Math.Abs(b * y) + Math.Abs(c));
            // Near underflow or overflow the relative bound does not hold: leave those to the exact pass.
            if (!double.IsFinite(side) || !double.IsFinite(margin) || margin < 1e-280) return 0;
            if (side < -margin) inside++;
            else if (side > margin) outside++;
            else return 0;
        }

        return inside == _approx.Length ? -1 : outside == _approx.Length ? 1 : 0;
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
