using System.Globalization;
using System.Numerics;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Domain.NeuronExpressivity.Canonical;

/// <summary>
/// Stage 0 of method "canonical": the sorted vectors (letter indices a_1 ≤ … ≤ a_N into the decreasing
/// <see cref="CanonicalFamily.Alphabet"/>, so values never increase) cut into units by prefix. A prefix
/// is extended letter by letter until its completions cost at most <see cref="MaxWorkPerUnit"/>.
/// Payload: the prefix's letter indices, comma separated ("" for all vectors). Units overlap in keys,
/// never in vectors; the reduce stage dedups keys globally.
/// </summary>
public static class SortedPrefixPlanner
{
    /// <summary>
    /// Work per unit at most, in vectors × (n · max letter + 2) × key words (at most one key per threshold):
    /// 2^24 bounds a unit's keys to 128 MB and keeps it around a second on one core.
    /// </summary>
    public const long MaxWorkPerUnit = 1L << 24;

    /// <summary>The map units, in lexicographic prefix order, each costing at most <paramref name="maxWork"/> (unless a single vector).</summary>
    public static IReadOnlyList<WorkUnit> Plan(CanonicalFamily family, long maxWork = MaxWorkPerUnit)
    {
        var units = new List<WorkUnit>();
        var n = family.Spec.N;
        var perVector = (n * family.Alphabet.Max(Math.Abs) + 2) * PackedChow.Words(n);
        void Split(List<int> prefix)
        {
            var first = prefix.Count == 0 ? 0 : prefix[^1];
            var count = Completions(family.Alphabet.Length, first, n - prefix.Count);
            if (prefix.Count == n || count * perVector <= maxWork)
            {
                var payload = string.Join(",", prefix.Select(a => a.ToString(CultureInfo.InvariantCulture)));
                units.Add(new WorkUnit(payload.Length == 0 ? "cmap/all" : $"cmap/{payload}", 0, payload));
                return;
            }

            for (var a = first; a < family.Alphabet.Length; a++)
            {
                prefix.Add(a);
                Split(prefix);
                prefix.RemoveAt(prefix.Count - 1);
            }
        }

        Split([]);
        return units;
    }

    /// <summary>Sorted completions of <paramref name="remaining"/> positions using letters first..letters-1: C(remaining + letters − first − 1, remaining).</summary>
    public static BigInteger Completions(int letters, int first, int remaining)
    {
        var choices = letters - first;
        if (remaining == 0) return 1;
        if (choices <= 0) return 0;
        return Binomial(remaining + choices - 1, remaining);
    }

    /// <summary>Every sorted vector of the family: C(N + L − 1, N).</summary>
    public static BigInteger Total(int n, int letters) => Completions(letters, 0, n);

    /// <summary>Parses a unit payload into letter indices.</summary>
    public static int[] ParsePrefix(string payload) =>
        payload.Length == 0 ? [] : payload.Split(',').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();

    private static BigInteger Binomial(int n, int k)
    {
        BigInteger result = 1;
        for (var i = 1; i <= k; i++) result = result * (n - k + i) / i;
        return result;
    }
}
