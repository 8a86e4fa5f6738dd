namespace Expressivity.Domain.SnnRegions.Refinement;

/// <summary>
/// One neuron's behaviour on a convex piece: its causal pattern, its affine firing time there (null =
/// never fires) and the inequalities that define the piece (every point satisfying them has this pattern
/// and this time). For a causal set with a negative weight (or "never") the piece also fixes the arrival
/// order, as in <see cref="RegionSearch"/>.
/// </summary>
/// <param name="Pattern">Causal set, or never.</param>
/// <param name="Time">Firing time as an affine form of the (quotient) point, or null.</param>
/// <param name="Constraints">The piece's inequalities.</param>
/// <param name="Order">The arrival order the piece fixes (empty when it fixes none).</param>
public sealed record NeuronPiece(CausalPattern Pattern, AffineForm? Time, IReadOnlyList<LinearInequality> Constraints, IReadOnlyList<int> Order)
{
    /// <summary>Names the piece among one neuron's pieces in one cell: pattern and fixed order.</summary>
    public string Key => Pattern.Code + (Order.Count == 0 ? "" : "/" + string.Join(",", Order));
}
