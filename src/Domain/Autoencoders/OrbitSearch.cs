using System.Numerics;

namespace Expressivity.Domain.Autoencoders;

/// <summary>
/// E1 and E2 over every set, one orbit representative at a time (<see cref="SetOrbits"/>), each answer
/// weighted by its orbit size: E1 and E2 are invariant under the vector cube's symmetries (they permute
/// and negate output bits, and threshold functions are closed under both).
/// </summary>
public static class OrbitSearch
{
    /// <summary>Walks units [start, end) of the orbit enumeration for 2^d vectors of D bits.</summary>
    public static OrbitTally Run(int codeBits, int vectorBits, bool minWidth, int start, int end, CancellationToken cancel = default)
    {
        var n = 1 << codeBits;
        var orbits = new SetOrbits(n, vectorBits);
        var table = SmallThresholdFunctions.Of(codeBits);
        var tally = new OrbitTally();
        var vectors = new ulong[n];
        orbits.Walk(Math.Max(0, start), Math.Min(end, orbits.Units), (set, size) =>
        {
            for (var i = 0; i < n; i++) vectors[i] = (ulong)set[i];
            tally.Orbits++;
            tally.Sets += size;
            if (new AssignmentSearch(vectors, vectorBits, codeBits, table.Functions, table.OrbitLeast).Find() is not null)
            {
                tally.WithOneLayer += size;
                return;
            }

            tally.WithoutOneLayer += size;
            tally.OrbitsWithout++;
            if (!minWidth) return;
            var answer = MinWidthDecoders.Solve(vectors, vectorBits, codeBits);
            if (!answer.Decoder.Verify(vectors)) throw new InvalidOperationException("decoder failed verification");
            var key = (answer.Lower, answer.Upper);
            tally.Widths[key] = tally.Widths.GetValueOrDefault(key) + size;
        }, cancel);
        return tally;
    }
}

/// <summary>Weighted counts of an orbit walk.</summary>
public sealed class OrbitTally
{
    /// <summary>Orbit representatives visited.</summary>
    public long Orbits { get; set; }

    /// <summary>Representatives without a one-layer decoder.</summary>
    public long OrbitsWithout { get; set; }

    /// <summary>Sets (orbit sizes summed).</summary>
    public BigInteger Sets { get; set; }

    /// <summary>Sets with a one-layer decoder.</summary>
    public BigInteger WithOneLayer { get; set; }

    /// <summary>Sets without one.</summary>
    public BigInteger WithoutOneLayer { get; set; }

    /// <summary>Sets without a one-layer decoder by the interval [Lo, Hi] holding their least hidden width (Lo = Hi when exact).</summary>
    public SortedDictionary<(int Lo, int Hi), BigInteger> Widths { get; } = [];
}
