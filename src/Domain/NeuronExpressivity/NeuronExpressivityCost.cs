using System.Numerics;
using Expressivity.Domain.NeuronExpressivity.Canonical;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Domain.NeuronExpressivity;

/// <summary>
/// The cost model of a <c>neuron-expressivity</c> sweep (docs/design/resource-limits.md). Units are
/// counted exactly with the planners' own arithmetic, without building the plan. Brute force: the
/// walked vectors times a per-vector time that grows with the 2^n points; partials are at most one
/// table per (vector, threshold giving a new table), and the ownership rule (docs/design/distinct-counting.md)
/// stores each of the T(n) functions about once, at under 8 bytes (n ≤ 6) or 16 bytes (n = 7) each.
/// Canonical: the planner's work measure (sorted vectors × (n·max|w| + 2) × key words) times a time
/// per work item; partials at most one key per work item.
/// </summary>
public static class NeuronExpressivityCost
{
    /// <summary>Brute force: seconds per weight vector per input point (calibrated, see the design page).</summary>
    public const double BruteSecondsPerVectorPoint = 6.0e-9;

    /// <summary>Canonical: seconds per unit of <see cref="SortedPrefixPlanner"/> work (calibrated).</summary>
    public const double CanonicalSecondsPerWork = 4.0e-8;

    /// <summary>T(n), the number of threshold functions of n inputs (A000609), n = 0..7: no map unit stores more tables.</summary>
    private static readonly long[] ThresholdFunctions = [2, 4, 14, 104, 1882, 94572, 15028134, 8378070864];

    /// <summary>The estimate for <paramref name="spec"/> with the kind's unit sizes.</summary>
    public static SweepCost Estimate(NeuronExpressivitySpec spec, long canonicalWorkPerUnit = SortedPrefixPlanner.MaxWorkPerUnit) =>
        spec.IsCanonical ? Canonical(spec, canonicalWorkPerUnit) : Brute(spec);

    private static SweepCost Brute(NeuronExpressivitySpec spec)
    {
        var (mapUnits, walked, maxPieces) = BrutePlan(spec);
        var points = BigInteger.One << spec.N;
        var tablesPerVector = spec.Threshold.Kind switch
        {
            ThresholdRule.Mode.Value => BigInteger.One,
            ThresholdRule.Mode.Range => BigInteger.Min((BigInteger)spec.Threshold.High - spec.Threshold.Low + 1, points + 1),
            _ => points + 1,
        };
        // The ownership rule stores each function about once across the sign patterns (more only where
        // a pattern is cut into pieces): at most T(n) times the pieces of the largest pattern.
        var tables = BigInteger.Min(walked * tablesPerVector, ThresholdFunctions[spec.N] * maxPieces);
        var units = mapUnits + TableHash.Buckets;
        var seconds = (double)walked * (double)points * BruteSecondsPerVectorPoint;
        // Payload: 2·n bounds of up to ~4 digits; id: "map/" + n signs.
        return new SweepCost(units, ResourceLimits.PlanBytes(units, (12 * spec.N) + 8), tables * (spec.N <= 6 ? 8 : 16), seconds / 3600, "weights");
    }

    /// <summary>Map units, walked vectors and the most pieces one pattern is cut into, as <see cref="MapPlanner.Plan"/> would make them.</summary>
    public static (BigInteger Units, BigInteger Walked, BigInteger MaxPieces) BrutePlan(NeuronExpressivitySpec spec)
    {
        var domain = spec.Weights;
        var zero = domain.FirstIndexAtLeast(0);
        var positive = domain.FirstIndexAtLeast(1);
        var parts = new List<(char Sign, long Size)>();
        if (zero > 0) parts.Add(('-', zero));
        if (positive > zero) parts.Add(('0', positive - zero));
        if (domain.Count > positive) parts.Add(('+', domain.Count - positive));

        BigInteger units = 0, walked = 0, maxPieces = 1;
        var choice = new int[spec.N];
        while (true)
        {
            var pattern = choice.Select(c => parts[c].Sign).ToArray();
            if (!spec.MirrorsNegation || new string(pattern).TrimStart('0').FirstOrDefault() != '-')
            {
                var sizes = choice.Select(c => parts[c].Size).ToArray();
                var pieces = Pieces(sizes, MapPlanner.MaxVectorsPerUnit);
                units += pieces;
                maxPieces = BigInteger.Max(maxPieces, pieces);
                walked += sizes.Aggregate(BigInteger.One, (acc, s) => acc * s);
            }

            var i = 0;
            while (i < spec.N && ++choice[i] == parts.Count) choice[i++] = 0;
            if (i == spec.N) return (units, walked, maxPieces);
        }
    }

    /// <summary>How many boxes <see cref="MapPlanner.Split"/> cuts a box of these coordinate sizes into.</summary>
    public static BigInteger Pieces(long[] sizes, long limit)
    {
        var count = sizes.Aggregate(BigInteger.One, (acc, s) => acc * s);
        if (count <= limit) return 1;
        var c = 0;
        while (sizes[c] == 1) c++;
        var rest = count / sizes[c];
        if (rest > limit)
        {
            var fixedOne = (long[])sizes.Clone();
            fixedOne[c] = 1;
            return sizes[c] * Pieces(fixedOne, limit);
        }

        var chunk = limit / (long)rest;
        return (sizes[c] + chunk - 1) / chunk;
    }

    private static SweepCost Canonical(NeuronExpressivitySpec spec, long workPerUnit)
    {
        var family = CanonicalFamily.For(spec);
        var letters = family.Alphabet.Length;
        var perVector = ((spec.N * family.Alphabet.Max(Math.Abs)) + 2) * PackedChow.Words(spec.N);
        var work = SortedPrefixPlanner.Total(spec.N, letters) * perVector;
        var mapUnits = CanonicalUnits(spec.N, letters, perVector, workPerUnit);
        var units = mapUnits + TableHash.Buckets;
        var seconds = (double)work * CanonicalSecondsPerWork;
        // Payload: up to n letter indices "12,"; id: "cmap/" + payload.
        return new SweepCost(units, ResourceLimits.PlanBytes(units, (6 * spec.N) + 8), work * 8, seconds / 3600, "weights");
    }

    /// <summary>The number of units <see cref="SortedPrefixPlanner.Plan"/> makes, counted by (first letter, remaining length) without listing them.</summary>
    public static BigInteger CanonicalUnits(int n, int letters, long perVector, long maxWork)
    {
        var memo = new Dictionary<(int First, int Remaining), BigInteger>();
        BigInteger Count(int first, int remaining)
        {
            var completions = SortedPrefixPlanner.Completions(letters, first, remaining);
            if (remaining == 0 || completions * perVector <= maxWork) return 1;
            if (memo.TryGetValue((first, remaining), out var known)) return known;
            BigInteger total = 0;
            for (var a = first; a < letters; a++) total += Count(a, remaining - 1);
            memo[(first, remaining)] = total;
            return total;
        }

        return Count(0, n);
    }
}
