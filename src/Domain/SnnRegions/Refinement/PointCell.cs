using Expressivity.Domain.Numerics;

namespace Expressivity.Domain.SnnRegions.Refinement;

/// <summary>
/// The quotient of a one-input box: a single point (every firing time is the input's time plus a
/// constant), so every constraint is a constant test.
/// </summary>
public sealed class PointCell : IRegionCell
{
    /// <summary>The only cell of dimension 0.</summary>
    public static readonly PointCell Instance = new();

    private PointCell()
    {
    }

    /// <inheritdoc />
    public BigRational[] Witness { get; } = [];

    /// <inheritdoc />
    public IRegionCell? Clip(LinearInequality constraint) => constraint.ConstantHolds ? this : null;
}
