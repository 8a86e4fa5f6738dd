namespace Expressivity.Domain.ThresholdCircuits;

/// <summary>
/// Candidate first-layer gates for a minimal-circuit search, up to symmetry. A hidden gate h and its
/// complement are interchangeable (the reader flips the weight), and constants are useless, so only
/// non-constant masks with h(0) = 0 are kept. The symmetries of the target (input permutations, and for
/// PARITY input negations, which only complement the output) act on these; each mask gets the least
/// mask of its orbit as representative, found by closing under generators (a transposition, an n-cycle,
/// a negation) rather than applying the whole group.
/// </summary>
public sealed class HiddenGateOrbits
{
    /// <summary>Orbits of the threshold functions of <paramref name="n"/> inputs under the target's symmetries.</summary>
    public HiddenGateOrbits(int n, bool negations)
    {
        var all = (1UL << (1 << n)) - 1;
        var functions = ThresholdFunctionList.Of(n).Functions.Where(h => (h & 1) == 0 && h != 0).ToArray();
        var rep = new Dictionary<ulong, ulong>();
        foreach (var h in functions)
        {
            if (rep.ContainsKey(h)) continue;
            var orbit = new List<ulong> { h };
            var seen = new HashSet<ulong> { h };
            for (var k = 0; k < orbit.Count; k++)
            {
                foreach (var image in Generators(orbit[k], n, negations))
                {
                    var normal = (image & 1) != 0 ? ~image & all : image;
                    if (seen.Add(normal)) orbit.Add(normal);
                }
            }

            var least = orbit.Min();
            foreach (var g in orbit) rep[g] = least;
        }

        Candidates = functions;
        Representative = rep;
        Representatives = [.. rep.Values.Distinct().Order()];
    }

    /// <summary>Every candidate gate (non-constant threshold masks with h(0) = 0), ascending.</summary>
    public IReadOnlyList<ulong> Candidates { get; }

    /// <summary>The least mask of each orbit, ascending.</summary>
    public IReadOnlyList<ulong> Representatives { get; }

    /// <summary>Each candidate's orbit representative.</summary>
    public IReadOnlyDictionary<ulong, ulong> Representative { get; }

    private static IEnumerable<ulong> Generators(ulong h, int n, bool negations)
    {
        if (n >= 2) yield return Map(h, n, x => Swap(x, 0, 1));
        if (n >= 3) yield return Map(h, n, x => ((x << 1) | (x >> (n - 1))) & ((1 << n) - 1));
        if (negations) yield return Map(h, n, x => x ^ 1);
    }

    private static int Swap(int x, int i, int j) => (x >> i & 1) == (x >> j & 1) ? x : x ^ (1 << i | 1 << j);

    private static ulong Map(ulong h, int n, Func<int, int> point)
    {
        ulong image = 0;
        for (var x = 0; x < 1 << n; x++) image |= (h >> point(x) & 1) << x;
        return image;
    }
}
