namespace Expressivity.Domain.Autoencoders;

/// <summary>
/// Orbit representatives of the n-subsets of the D-cube under its 2^D·D! symmetries (translations and
/// coordinate permutations), by orderly generation: a set is the representative when its sorted point
/// list is lexicographically least over its orbit. That property survives removing the largest point,
/// so sets grow point by point in increasing order and a non-least prefix is cut with its subtree.
/// The least image always contains 0, so only translations by members need checking. The stabiliser
/// counted during the check gives the orbit size 2^D·D!/|stabiliser|. Units are the choices of the
/// second and third points, so a sweep spreads over workers.
/// </summary>
public sealed class SetOrbits
{
    private readonly int _n;
    private readonly int _bits;
    private readonly int _points;
    private readonly byte[][] _perms;
    private readonly long _groupOrder;

    /// <summary>Orbits of n-subsets of the D-cube (D ≤ 7, n ≥ 3).</summary>
    public SetOrbits(int n, int vectorBits)
    {
        if (vectorBits is < 1 or > 7) throw new ArgumentOutOfRangeException(nameof(vectorBits), "orbit enumeration covers D ≤ 7");
        if (n < 3 || n > 1 << vectorBits) throw new ArgumentOutOfRangeException(nameof(n));
        _n = n;
        _bits = vectorBits;
        _points = 1 << vectorBits;
        _perms = [.. CodeCube.Permutations(vectorBits).Select(order =>
        {
            var table = new byte[_points];
            for (var x = 0; x < _points; x++)
            {
                var image = 0;
                for (var i = 0; i < vectorBits; i++) image |= (x >> i & 1) << order[i];
                table[x] = (byte)image;
            }

            return table;
        })];
        _groupOrder = _points * (long)_perms.Length;
    }

    /// <summary>Units: (second point, third point) pairs with 0 &lt; s2 &lt; s3 &lt; 2^D.</summary>
    public int Units => UnitsFor(_bits);

    /// <summary>The unit count for D-bit vectors, without building the permutation tables (planning, estimates).</summary>
    public static int UnitsFor(int vectorBits) => ((1 << vectorBits) - 1) * ((1 << vectorBits) - 2) / 2;

    /// <summary>Calls <paramref name="visit"/>(sorted representative, orbit size) for every orbit whose prefix lies in units [start, end).</summary>
    public void Walk(int start, int end, Action<int[], long> visit, CancellationToken cancel = default)
    {
        var set = new int[_n];
        var unit = 0;
        for (var s2 = 1; s2 < _points; s2++)
        {
            for (var s3 = s2 + 1; s3 < _points; s3++, unit++)
            {
                if (unit < start || unit >= end) continue;
                cancel.ThrowIfCancellationRequested();
                set[1] = s2;
                if (!IsLeast(set, 2, out _)) continue;
                set[2] = s3;
                if (!IsLeast(set, 3, out var stab)) continue;
                Grow(set, 3, visit, stab);
            }
        }
    }

    private void Grow(int[] set, int k, Action<int[], long> visit, long stab)
    {
        if (k == _n)
        {
            visit(set, _groupOrder / stab);
            return;
        }

        for (var x = set[k - 1] + 1; x <= _points - (_n - k); x++)
        {
            set[k] = x;
            if (IsLeast(set, k + 1, out var s)) Grow(set, k + 1, visit, s);
        }
    }

    /// <summary>True when set[0..k) is least in its orbit; also counts the symmetries fixing it.</summary>
    public bool IsLeast(int[] set, int k, out long stabiliser)
    {
        stabiliser = 0;
        Span<int> image = stackalloc int[k];
        for (var p = 0; p < k; p++)
        {
            var shift = set[p];
            foreach (var perm in _perms)
            {
                for (var i = 0; i < k; i++)
                {
                    // Insertion sort while mapping: k ≤ 16.
                    var v = perm[set[i] ^ shift];
                    var j = i - 1;
                    while (j >= 0 && image[j] > v)
                    {
                        image[j + 1] = image[j];
                        j--;
                    }

                    image[j + 1] = v;
                }

                var cmp = image.SequenceCompareTo(set.AsSpan(0, k));
                if (cmp < 0) return false;
                if (cmp == 0) stabiliser++;
            }
        }

        return true;
    }
}
