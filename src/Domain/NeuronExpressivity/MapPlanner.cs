using Expressivity.Domain.Sweeps;

namespace Expressivity.Domain.NeuronExpressivity;

/// <summary>
/// Stage 0: one map unit per sign pattern of w (each coordinate negative, zero or positive; parts
/// the domain lacks are skipped), split into smaller boxes only when the pattern holds more than
/// <see cref="MaxVectorsPerUnit"/> weight vectors. When the spec <see cref="NeuronExpressivitySpec.MirrorsNegation"/>,
/// patterns whose first nonzero sign is '-' are left out: their mirror unit covers them. See
/// docs/design/distinct-counting.md for why sign patterns keep cross-unit duplication small.
/// </summary>
public static class MapPlanner
{
    /// <summary>
    /// Weight vectors per map unit at most: about 0.4 µs each at n = 6 on one core of the development
    /// machine, so 2^21 keep a unit under a second (target: well under two). Weights [-9, 9] at n = 6
    /// (9^6 vectors per pattern) then need no split at all.
    /// </summary>
    public const long MaxVectorsPerUnit = 1L << 21;

    /// <summary>The map units, in a fixed order: patterns as base-3 numbers ('-' &lt; '0' &lt; '+'), coordinate 0 first.</summary>
    public static IReadOnlyList<WorkUnit> Plan(NeuronExpressivitySpec spec)
    {
        var domain = spec.Weights;
        var zero = domain.FirstIndexAtLeast(0);
        var positive = domain.FirstIndexAtLeast(1);
        // (sign, first index, last index) of each non-empty part.
        var parts = new List<(char Sign, long Low, long High)>();
        if (zero > 0) parts.Add(('-', 0, zero - 1));
        if (positive > zero) parts.Add(('0', zero, positive - 1));
        if (domain.Count > positive) parts.Add(('+', positive, domain.Count - 1));

        var units = new List<WorkUnit>();
        var choice = new int[spec.N];
        while (true)
        {
            var pattern = new string(choice.Select(c => parts[c].Sign).ToArray());
            if (!spec.MirrorsNegation || pattern.TrimStart('0').FirstOrDefault() != '-')
            {
                var box = new WeightBox(choice.Select(c => parts[c].Low).ToArray(), choice.Select(c => parts[c].High).ToArray());
                var pieces = Split(box).ToList();
                for (var k = 0; k < pieces.Count; k++)
                {
                    var id = pieces.Count == 1 ? $"map/{pattern}" : $"map/{pattern}.{k}";
                    units.Add(new WorkUnit(id, 0, pieces[k].ToPayload()));
                }
            }

            // Odometer over the pattern choices, coordinate N-1 slowest.
            var i = 0;
            while (i < spec.N && ++choice[i] == parts.Count) choice[i++] = 0;
            if (i == spec.N) return units;
        }
    }

    /// <summary>Cuts a box into boxes of at most <see cref="MaxVectorsPerUnit"/> vectors, leading coordinates first.</summary>
    public static IEnumerable<WeightBox> Split(WeightBox box, long limit = MaxVectorsPerUnit)
    {
        var count = box.Count;
        if (count <= limit)
        {
            yield return box;
            yield break;
        }

        var c = 0;
        while (box.Size(c) == 1) c++;
        var rest = count / box.Size(c);
        if (rest > limit)
        {
            for (var v = box.Low(c); v <= box.High(c); v++)
            {
                foreach (var piece in Split(box.With(c, v, v), limit)) yield return piece;
            }

            yield break;
        }

        var chunk = limit / rest;
        for (var v = box.Low(c); v <= box.High(c); v += chunk) yield return box.With(c, v, Math.Min(box.High(c), v + chunk - 1));
    }

    /// <summary>Two halves of a box of at least two vectors, cut across its first coordinate that spans several values.</summary>
    public static (WeightBox First, WeightBox Second) Halve(WeightBox box)
    {
        var c = 0;
        while (c < box.Dimensions && box.Size(c) == 1) c++;
        if (c == box.Dimensions) throw new ArgumentException("a single weight vector cannot be halved", nameof(box));
        var middle = box.Low(c) + ((box.Size(c) - 1) / 2);
        return (box.With(c, box.Low(c), middle), box.With(c, middle + 1, box.High(c)));
    }
}
