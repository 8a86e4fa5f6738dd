using Expressivity.Domain.Numerics;

namespace Expressivity.Domain.SnnRegions.Refinement;

/// <summary>
/// Exact evidence that the output map jumps: at quotient point <see cref="Point"/> on a facet shared by two
/// cells, the output times' limits from the two sides (null = never fires) differ.
/// </summary>
public sealed record OutputJump(IReadOnlyList<BigRational> Point, IReadOnlyList<BigRational?> OneSide, IReadOnlyList<BigRational?> OtherSide);
