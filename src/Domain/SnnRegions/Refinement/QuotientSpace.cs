using Expressivity.Domain.Numerics;

namespace Expressivity.Domain.SnnRegions.Refinement;

/// <summary>
/// Shifting every input by c shifts every firing time by c (SPEC.md 2.1: only differences of arrivals
/// matter), so the pattern at x is the pattern at y = (x_1 − x_d, …, x_(d−1) − x_d) with the last input
/// at 0. The box [min, max]^d maps onto Q = {y : all of y_1..y_(d−1), 0 lie in a window of width
/// w = max − min}, interior onto interior, so regions with interior in the box are exactly regions with
/// interior in Q, one dimension lower: two inputs become an interval, three a hexagon.
/// </summary>
public static class QuotientSpace
{
    /// <summary>
    /// Quotient dimensions (3 and 4, i.e. four and five inputs) whose cells keep their vertices
    /// (<see cref="VertexCell"/>); above that the quotient's vertex count grows too fast and LP cells are used.
    /// </summary>
    public const int VertexDimensions = 4;

    /// <summary>
    /// Q for d inputs and box width <paramref name="width"/> as the cell kind that fits its dimension (interval,
    /// polygon, vertex polytope, LP polytope), or as an LP polytope in any dimension &gt;= 1 when <paramref name="polytope"/> (an independent check of the others).
    /// </summary>
    public static IRegionCell Cell(int inputs, BigRational width, bool polytope = false)
    {
        var dim = inputs - 1;
        var w = width;
        switch (polytope && dim > 0 ? 3 : dim)
        {
            case 0:
                return PointCell.Instance;
            case 1:
                return new IntervalCell(-w, w);
            case 2:
                var z = BigRational.Zero;
                return new PolygonCell([(w, z), (w, w), (z, w), (-w, z), (-w, -w), (z, -w)]);
            default:
                var constraints = new List<LinearInequality>();
                for (var i = 0; i < dim; i++)
                {
                    for (var j = 0; j < dim; j++)
                    {
                        if (i != j) constraints.Add(Difference(dim, i, j).LessThan(AffineForm.ConstantForm(dim, w)));
                    }
                }

                if (!polytope && dim <= VertexDimensions)
                {
                    IRegionCell cube = VertexCell.Cube(dim, w);
                    return constraints.Aggregate(cube, (cell, q) => cell.Restrict(q));
                }

                var origin = Enumerable.Repeat(BigRational.Zero, dim).ToArray();
                return new PolytopeCell(new InteriorFinder(dim, -w, w), constraints, origin);
        }
    }

    /// <summary>The input firing times as forms of y: x_i = y_i for i &lt; d − 1, and the last input at 0.</summary>
    public static AffineForm[] InputTimes(int inputs) =>
        Enumerable.Range(0, inputs)
            .Select(i => i < inputs - 1 ? AffineForm.Coordinate(inputs - 1, i) : AffineForm.ConstantForm(inputs - 1, BigRational.Zero))
            .ToArray();

    /// <summary>An input point with quotient <paramref name="y"/>: (y, 0). Its patterns equal those of every shift of it.</summary>
    public static BigRational[] Lift(IReadOnlyList<BigRational> y) => [.. y, BigRational.Zero];

    private static AffineForm Difference(int dim, int i, int j) => AffineForm.Coordinate(dim, i) - AffineForm.Coordinate(dim, j);
}
