using Expressivity.Domain.Numerics;

namespace Expressivity.Domain.SnnRegions.Refinement;

/// <summary>
/// A convex polytope of any dimension as a list of inequalities inside the finder's box; emptiness is
/// decided by <see cref="InteriorFinder"/> (checked double proposal, exact certificate or exact LP).
/// </summary>
public sealed class PolytopeCell : IRegionCell, IConstraintCell
{
    private readonly InteriorFinder _finder;
    private readonly LinearInequality[] _constraints;
    private BigRational[]? _witness;

    /// <summary>The polytope of <paramref name="constraints"/> in the finder's box, with a witness if one is known.</summary>
    public PolytopeCell(InteriorFinder finder, IReadOnlyList<LinearInequality> constraints, BigRational[]? witness)
    {
        _finder = finder;
        _constraints = constraints.ToArray();
        _witness = witness;
    }

    /// <summary>The finder that decides emptiness in this cell's box.</summary>
    public InteriorFinder Finder => _finder;

    /// <summary>The inequalities (the box is the finder's).</summary>
    public IReadOnlyList<LinearInequality> Constraints => _constraints;

    /// <inheritdoc />
    public BigRational[] Witness => _witness ??= _finder.Find(_constraints)
        ?? throw new InvalidOperationException("a polytope cell without interior");

    /// <inheritdoc />
    public IRegionCell? Clip(LinearInequality constraint)
    {
        if (constraint.IsConstant) return constraint.ConstantHolds ? this : null;
        if (_witness is not null && constraint.HoldsAt(_witness)) return With(constraint, _witness);
        var more = _constraints.Append(constraint).ToArray();
        return _finder.Find(more) is { } point ? new PolytopeCell(_finder, more, point) : null;
    }

    /// <inheritdoc />
    public IRegionCell Restrict(LinearInequality constraint) =>
        constraint.IsConstant ? this : With(constraint, _witness is not null && constraint.HoldsAt(_witness) ? _witness : null);

    private PolytopeCell With(LinearInequality constraint, BigRational[]? witness) => new(_finder, [.. _constraints, constraint], witness);
}
