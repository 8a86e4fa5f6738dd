using Expressivity.Domain.Numerics;

namespace Expressivity.Domain.SnnRegions.Refinement;

/// <summary>An open interval (Lo, Hi), Lo &lt; Hi, exact: the cells of a two-input network's quotient.</summary>
public sealed class IntervalCell(BigRational lo, BigRational hi) : IRegionCell
{
    /// <summary>Left end.</summary>
    public BigRational Lo { get; } = lo;

    /// <summary>Right end.</summary>
    public BigRational Hi { get; } = hi;

    /// <inheritdoc />
    public BigRational[] Witness => [(Lo + Hi) / 2];

    /// <inheritdoc />
    public IRegionCell? Clip(LinearInequality constraint)
    {
        var g = constraint.G[0];
        if (g.Sign == 0) return constraint.ConstantHolds ? this : null;
        var root = constraint.H / g; // g·y < h: y < root when g > 0, y > root when g < 0
        var (lo, hi) = g.Sign > 0 ? (Lo, BigRational.Min(Hi, root)) : (BigRational.Max(Lo, root), Hi);
        return lo < hi ? new IntervalCell(lo, hi) : null;
    }
}
