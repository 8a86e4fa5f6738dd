using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Domain.Autoencoders;

/// <summary>
/// The construction form of <c>autoencoder-search</c>: builds the Theorem 5 or the approximate decoder
/// for seeded random sets (sample i of seed s, <see cref="RandomSets"/>), checks each by exact evaluation
/// on every vector, and reports the shape beside √(nD) and the error beside D/24.
/// </summary>
public static class ConstructionSamples
{
    /// <summary>Sets per unit: about n²·D unit-weight additions per set, aiming at seconds per unit.</summary>
    public static long SetsPerUnit(AutoencoderSearchSpec spec, int samplesPerUnit) =>
        Math.Clamp(1_000_000_000L / ((long)spec.Vectors * spec.Vectors * spec.VectorBits), 1, samplesPerUnit);

    /// <summary>The counters of samples [start, end).</summary>
    public static Partial Run(AutoencoderSearchSpec spec, long start, long end, CancellationToken cancel)
    {
        BigInteger good = 0, checkedVectors = 0, errorBits = 0, wrong = 0;
        long maxError = 0, width = 0, size = 0, groups = 0, groupSize = 0;
        for (var i = start; i < end; i++)
        {
            cancel.ThrowIfCancellationRequested();
            var vectors = RandomSets.Draw(spec.Sample!.Seed, i, spec.Vectors, spec.VectorBits);
            GroupedDecoder decoder;
            if (spec.Construction == AutoencoderSearchSpec.Theorem5)
            {
                decoder = Theorem5Decoder.Build(vectors, spec.VectorBits);
                if (decoder.AsDecoder(vectors.Length).Verify(vectors)) good++;
            }
            else
            {
                var result = ApproximateDecoder.Build(vectors, spec.VectorBits);
                decoder = result.Decoder;
                if (result.WithinBound) good++;
                errorBits += result.ErrorBits;
                wrong += result.WrongVectors;
                maxError = Math.Max(maxError, result.ErrorBits);
            }

            checkedVectors += vectors.Length;
            width = Math.Max(width, decoder.Width);
            size = Math.Max(size, decoder.Network.Size);
            groups = Math.Max(groups, decoder.Groups);
            groupSize = Math.Max(groupSize, decoder.GroupSize);
        }

        var approximate = spec.Construction == AutoencoderSearchSpec.Approximate;
        var counters = new List<(Counter, BigInteger)>
        {
            (AutoencoderSearchCounters.Sets, end - start), (approximate ? AutoencoderSearchCounters.WithinBound : AutoencoderSearchCounters.Perfect, good),
            (AutoencoderSearchCounters.CheckedVectors, checkedVectors), (AutoencoderSearchCounters.ConstructedWidth, width),
            (AutoencoderSearchCounters.Size, size), (AutoencoderSearchCounters.Groups, groups), (AutoencoderSearchCounters.GroupSize, groupSize),
        };
        if (approximate)
        {
            counters.AddRange([(AutoencoderSearchCounters.ErrorBits, errorBits), (AutoencoderSearchCounters.MaxErrorBits, maxError), (AutoencoderSearchCounters.WrongVectors, wrong)]);
        }

        return Partial.Of(counters);
    }

    /// <summary>The result object and table rows.</summary>
    public static SweepReport Report(AutoencoderSearchSpec spec, Partial total)
    {
        var n = spec.Vectors;
        var bits = spec.VectorBits;
        var width = total[AutoencoderSearchCounters.ConstructedWidth];
        var bound = Math.Sqrt((double)n * bits);
        var approximate = spec.Construction == AutoencoderSearchSpec.Approximate;
        var result = new JsonObject
        {
            ["construction"] = spec.Construction,
            ["sets"] = Text(total[AutoencoderSearchCounters.Sets]),
            ["vectors"] = n,
            ["vectorBits"] = bits,
            ["codeBits"] = spec.CodeBits,
            ["checkedVectors"] = Text(total[AutoencoderSearchCounters.CheckedVectors]),
            ["depth"] = 3,
            ["width"] = (long)width,
            ["size"] = (long)total[AutoencoderSearchCounters.Size],
            ["groups"] = (long)total[AutoencoderSearchCounters.Groups],
            ["groupSize"] = (long)total[AutoencoderSearchCounters.GroupSize],
            ["sqrtND"] = Math.Round(bound, 3),
            ["widthOverSqrtND"] = Math.Round((double)width / bound, 4),
        };
        var rows = new List<KeyValuePair<string, string>>
        {
            new("construction", spec.Construction!),
            new($"sets (sampled, seed {spec.Sample!.Seed})", Text(total[AutoencoderSearchCounters.Sets])),
            new("n, D, code bits d", FormattableString.Invariant($"{n}, {bits}, {spec.CodeBits}")),
            new("depth, width, size", FormattableString.Invariant($"3, {width}, {total[AutoencoderSearchCounters.Size]}")),
            new("groups K × size L", FormattableString.Invariant($"{total[AutoencoderSearchCounters.Groups]} × {total[AutoencoderSearchCounters.GroupSize]}")),
            new("width / √(nD)", FormattableString.Invariant($"{width} / {bound:F3} = {(double)width / bound:F4}")),
            new("vectors decoded (exact evaluation)", Text(total[AutoencoderSearchCounters.CheckedVectors])),
        };
        if (!approximate)
        {
            result["perfect"] = Text(total[AutoencoderSearchCounters.Perfect]);
            rows.Add(new("decoders perfect on every vector", Text(total[AutoencoderSearchCounters.Perfect])));
            return new SweepReport(result, rows);
        }

        var maxError = total[AutoencoderSearchCounters.MaxErrorBits];
        result["errorBits"] = Text(total[AutoencoderSearchCounters.ErrorBits]);
        result["wrongVectors"] = Text(total[AutoencoderSearchCounters.WrongVectors]);
        result["maxAverageError"] = Fraction(maxError, n);
        result["averageErrorBound"] = Fraction(bits, 24);
        result["withinBound"] = Text(total[AutoencoderSearchCounters.WithinBound]);
        rows.Add(new("worst average Hamming error (exact)", Fraction(maxError, n)));
        rows.Add(new("bound D/24", Fraction(bits, 24)));
        rows.Add(new("sets within the bound", Text(total[AutoencoderSearchCounters.WithinBound])));
        rows.Add(new("total error bits, wrong vectors", $"{Text(total[AutoencoderSearchCounters.ErrorBits])}, {Text(total[AutoencoderSearchCounters.WrongVectors])}"));
        return new SweepReport(result, rows);
    }

    /// <summary>p/q in lowest terms ("0" and integers without a denominator).</summary>
    public static string Fraction(BigInteger p, BigInteger q)
    {
        var g = BigInteger.GreatestCommonDivisor(p, q);
        if (g.IsZero) g = 1;
        var (a, b) = (p / g, q / g);
        return b.IsOne ? Text(a) : $"{Text(a)}/{Text(b)}";
    }

    private static string Text(BigInteger value) => value.ToString(CultureInfo.InvariantCulture);
}
