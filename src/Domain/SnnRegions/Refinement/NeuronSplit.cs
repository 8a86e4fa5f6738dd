namespace Expressivity.Domain.SnnRegions.Refinement;

/// <summary>
/// Splits a cell by one neuron. Take a part of the cell (at first the whole cell) and a point inside it,
/// find the neuron's piece beside that point (<see cref="PerturbedFiring"/>), and carve the part into
/// part ∩ {q_1 .. q_(i−1) hold, q_i fails} for the piece's inequalities q_i; repeat on every carved part
/// with interior. Each piece met for the first time is kept as cell ∩ piece, whole (it is convex), so a
/// piece the carving cut into fragments is still one child. The kept pieces have disjoint interiors and
/// cover the cell; each has one pattern and one affine firing time. With non-negative weights a piece is
/// a pattern's whole region in the cell, so the children have distinct patterns.
/// </summary>
public static class NeuronSplit
{
    /// <summary>The parts of <paramref name="cell"/>, each with the neuron's pattern and time on it.</summary>
    public static IEnumerable<(IRegionCell Cell, NeuronPiece Piece)> Split(IRegionCell cell, SpikingNeuron neuron, IReadOnlyList<AffineForm?> arrivals)
    {
        var kept = new HashSet<string>(StringComparer.Ordinal);
        var work = new Stack<IRegionCell>();
        work.Push(cell);
        while (work.Count > 0)
        {
            var current = work.Pop();
            var piece = PerturbedFiring.Evaluate(neuron, arrivals, current.Witness);
            var first = kept.Add(piece.Key);
            var whole = first ? cell : null;
            foreach (var q in piece.Constraints)
            {
                if (q.IsConstant)
                {
                    // The perturbed point satisfies every constraint, so a constant one holds everywhere.
                    if (!q.ConstantHolds) throw new InvalidOperationException("a piece's constant inequality fails beside its own point");
                    continue;
                }

                if (current.Clip(q.Negate()) is { } outside) work.Push(outside);
                current = current.Restrict(q);
                whole = whole?.Restrict(q);
            }

            if (whole is not null) yield return (whole, piece);
        }
    }
}
