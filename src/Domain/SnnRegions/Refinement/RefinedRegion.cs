namespace Expressivity.Domain.SnnRegions.Refinement;

/// <summary>
/// One final cell of the refinement: a convex piece of the quotient space with the pattern of every
/// neuron and the output layer's affine firing times (null = never fires) on it.
/// </summary>
/// <param name="Cell">The piece (exact).</param>
/// <param name="Patterns">Causal pattern of every neuron, in layer order.</param>
/// <param name="Outputs">The output neurons' firing times as affine forms of the quotient point.</param>
public sealed record RefinedRegion(IRegionCell Cell, CausalPattern[] Patterns, AffineForm?[] Outputs);
