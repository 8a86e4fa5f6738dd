namespace Expressivity.Domain.SnnRegions.Refinement;

/// <summary>
/// A cell given by inequalities inside an LP finder's box (<see cref="PolytopeCell"/>, <see cref="VertexCell"/>):
/// what the linear-region merge needs to test shared facets by exact LP in any dimension.
/// </summary>
public interface IConstraintCell
{
    /// <summary>The finder whose box contains the cell.</summary>
    InteriorFinder Finder { get; }

    /// <summary>Inequalities whose common interior, inside the finder's box, is the cell.</summary>
    IReadOnlyList<LinearInequality> Constraints { get; }
}
