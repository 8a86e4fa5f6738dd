namespace Expressivity.Domain.SnnRegions.Refinement;

/// <summary>
/// A convex cell of the (quotient) input space with non-empty interior: an exact interval, polygon or
/// polytope. Refinement only ever intersects cells with half-spaces, so that is all a cell has to do.
/// </summary>
public interface IRegionCell
{
    /// <summary>A point strictly inside the cell (exact).</summary>
    Numerics.BigRational[] Witness { get; }

    /// <summary>The cell cut by <paramref name="constraint"/>, or null when that leaves no interior.</summary>
    IRegionCell? Clip(LinearInequality constraint);

    /// <summary>
    /// The cell cut by a constraint known to leave an interior (the caller holds a proof): cells that
    /// decide emptiness by LP may skip the test here.
    /// </summary>
    IRegionCell Restrict(LinearInequality constraint) =>
        Clip(constraint) ?? throw new InvalidOperationException("a piece known to have interior came out empty");
}
