namespace Expressivity.Domain.Autoencoders;

/// <summary>
/// The reference for E1 counts: every 2^d-subset of the D-cube, one by one, each decided by
/// <see cref="AssignmentSearch"/>. No symmetry is used, so it checks the quotiented counts; only for
/// small (d, D) (C(2^D, 2^d) sets).
/// </summary>
public static class PlainEnumeration
{
    /// <summary>Sets examined and sets with a one-layer decoder.</summary>
    public static (long Sets, long WithOneLayer) CountOneLayer(int codeBits, int vectorBits, CancellationToken cancel = default)
    {
        var n = 1 << codeBits;
        var table = SmallThresholdFunctions.Of(codeBits);
        long sets = 0, good = 0;
        var chosen = new ulong[n];
        void Walk(int depth, int next)
        {
            if (depth == n)
            {
                sets++;
                if ((sets & 0xFFF) == 0) cancel.ThrowIfCancellationRequested();
                if (new AssignmentSearch(chosen, vectorBits, codeBits, table.Functions, table.OrbitLeast).Find() is not null) good++;
                return;
            }

            for (var x = next; x <= (1 << vectorBits) - (n - depth); x++)
            {
                chosen[depth] = (ulong)x;
                Walk(depth + 1, x + 1);
            }
        }

        Walk(0, 0);
        return (sets, good);
    }
}
