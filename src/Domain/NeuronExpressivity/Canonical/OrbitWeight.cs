using System.Numerics;

namespace Expressivity.Domain.NeuronExpressivity.Canonical;

/// <summary>
/// How many functions of the family one canonical class stands for (SPEC.md 1.3).
/// Permutation mode: N!/Π m_j!, the m_j the sizes of the groups of equal Chow parameter (equal
/// parameters are exactly the interchangeable inputs of a threshold function).
/// Orbit mode: N!/Π m_j! times the number of realisable sign patterns of the relevant inputs. With
/// <c>free</c> = the largest number of relevant inputs some realisation gives a free magnitude, those
/// are the bottom <c>free</c> relevant inputs in Chow order: every lower group entirely and k* of the
/// boundary group G*, so the patterns are 2^(free − k*) · Σ_{k ≤ k*} C(|G*|, k)
/// (2^r when the whole domain is symmetric; 1 when no magnitude is free).
/// </summary>
public sealed class OrbitWeight
{
    private readonly int _n;
    private readonly bool _orbits;
    private readonly BigInteger[] _factorial;
    private readonly long[] _chow;

    /// <summary>Weights for <paramref name="n"/> inputs in the given mode.</summary>
    public OrbitWeight(int n, bool orbits)
    {
        _n = n;
        _orbits = orbits;
        _factorial = new BigInteger[n + 1];
        _factorial[0] = 1;
        for (var k = 1; k <= n; k++) _factorial[k] = _factorial[k - 1] * k;
        _chow = new long[n + 1];
    }

    /// <summary>The weight of a packed key (Chow entries sorted decreasing) with its free count.</summary>
    public BigInteger Of(ReadOnlySpan<ulong> key, int free)
    {
        PackedChow.Unpack(key, _chow);
        var c = _chow.AsSpan(1);
        var permutations = Threshold.ThresholdClass.FromChow(_chow).Positive; // N!/Π m_j!
        if (!_orbits || free == 0) return permutations;
        // Relevant inputs (2c_i ≠ c0) come first in decreasing Chow order.
        var relevant = 0;
        while (relevant < _n && 2 * c[relevant] != _chow[0]) relevant++;
        var boundary = relevant - free;
        int start = boundary, end = boundary;
        while (start > 0 && c[start - 1] == c[boundary]) start--;
        while (end < _n && c[end] == c[boundary]) end++;
        var chosen = end - boundary;
        BigInteger patterns = 0;
        for (var k = 0; k <= chosen; k++) patterns += _factorial[end - start] / (_factorial[k] * _factorial[end - start - k]);
        return permutations * patterns * BigInteger.Pow(2, free - chosen);
    }
}
