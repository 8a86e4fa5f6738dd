using System.Runtime.CompilerServices;

namespace Expressivity.Domain.ThresholdCensus;

/// <summary>
/// A cheap exact refutation tried before an LP: when the new point p joins one side, look for p + x
/// on that side and y + z on the other (x, y, z among the constraint points, repeats allowed) whose
/// prefix-count sums compare coordinate-wise the wrong way. Sorted non-negative weights then give
/// w·(p + x) ≤ w·(y + z) for a true pair against a false pair (or the reverse), contradicting
/// 2t ≤ w·(p + x) and w·(y + z) ≤ 2t − 2. This is the asummability certificate with unit multipliers;
/// at N ≤ 8 it settles most infeasible branches.
/// </summary>
public static class PairCertificate
{
    /// <summary>
    /// True when p (prefix counts <paramref name="p"/>) on the side <paramref name="sameSide"/> (which
    /// includes p) is refuted against <paramref name="otherSide"/>; <paramref name="pIsTrue"/> says which side p joined.
    /// </summary>
    public static bool Refutes(int[] p, bool pIsTrue, ReadOnlySpan<int[]> sameSide, ReadOnlySpan<int[]> otherSide)
    {
        Span<ulong> same = sameSide.Length <= 256 ? stackalloc ulong[sameSide.Length] : new ulong[sameSide.Length];
        Span<ulong> other = otherSide.Length <= 256 ? stackalloc ulong[otherSide.Length] : new ulong[otherSide.Length];
        for (var i = 0; i < same.Length; i++) same[i] = DominanceOrder.Pack(sameSide[i]);
        for (var i = 0; i < other.Length; i++) other[i] = DominanceOrder.Pack(otherSide[i]);
        return Refutes(DominanceOrder.Pack(p), pIsTrue, same, other, DominanceOrder.PackedGuards(p.Length));
    }

    /// <summary>
    /// The same test on packed prefix counts (<see cref="DominanceOrder.Packed"/>, N ≤
    /// <see cref="DominanceOrder.MaxPackedN"/>); <paramref name="guards"/> is <see cref="DominanceOrder.Guards"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool Refutes(ulong p, bool pIsTrue, ReadOnlySpan<ulong> sameSide, ReadOnlySpan<ulong> otherSide, ulong guards)
    {
        // Fields hold sums ≤ 2N ≤ 20 below their clear guard bit, so (big | guards) − small keeps every
        // guard bit exactly when big ≥ small in every field (no borrow crosses a field).
        for (var a = 0; a < otherSide.Length; a++)
        {
            var y = otherSide[a];
            for (var b = a; b < otherSide.Length; b++)
            {
                var right = y + otherSide[b];
                foreach (var x in sameSide)
                {
                    var left = p + x;
                    var difference = pIsTrue ? (right | guards) - left : (left | guards) - right;
                    if ((difference & guards) == guards) return true;
                }
            }
        }

        return false;
    }
}
