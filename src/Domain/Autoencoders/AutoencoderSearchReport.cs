using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Domain.Autoencoders;

/// <summary>Turns the merged counters into the result object (SPEC.md 5; counts as decimal strings).</summary>
public static class AutoencoderSearchReport
{
    /// <summary>The report of a finished search.</summary>
    public static SweepReport Build(AutoencoderSearchSpec spec, Partial total)
    {
        if (spec.Set is not null) return SingleSet(spec, total);
        BigInteger sets, good;
        if (spec.Sample is null && !spec.AsksMinWidth)
        {
            // E1 by column classes: the tallies give the sets with a decoder; all sets are C(2^D, 2^d).
            var classes = ColumnClasses.Of(spec.CodeBits);
            var tallies = new long[spec.VectorBits + 1][];
            for (var k = 0; k <= spec.VectorBits; k++) tallies[k] = new long[classes.Images + 1];
            foreach (var (name, value) in total.Values)
            {
                if (AutoencoderSearchCounters.ParseTally(name) is { } km) tallies[km.K][km.M] = (long)value;
            }

            sets = ColumnSetCount.Binomial(1 << spec.VectorBits, spec.SetSize);
            good = ColumnSetCount.SetsWithDecoder(tallies, classes.Images, classes.Points, spec.VectorBits);
        }
        else
        {
            sets = total[AutoencoderSearchCounters.Sets];
            good = total[AutoencoderSearchCounters.WithOneLayer];
        }

        var result = new JsonObject
        {
            ["sets"] = Text(sets),
            ["withOneLayerDecoder"] = Text(good),
            ["withoutOneLayerDecoder"] = Text(sets - good),
        };
        var rows = new List<KeyValuePair<string, string>>
        {
            new(spec.Sample is null ? "sets (all)" : $"sets (sampled, seed {spec.Sample.Seed})", Text(sets)),
            new("with a one-layer decoder", Text(good)),
            new("without", Text(sets - good)),
        };
        if (spec.Sample is null && spec.AsksMinWidth) rows.Add(new("orbit representatives", Text(total[AutoencoderSearchCounters.Orbits])));
        if (spec.AsksMinWidth)
        {
            var widths = new JsonArray();
            foreach (var (name, value) in total.Values)
            {
                if (AutoencoderSearchCounters.ParseWidth(name) is not { } w) continue;
                var entry = w.Lo == w.Hi ? new JsonObject { ["width"] = w.Lo } : new JsonObject { ["widthAtLeast"] = w.Lo, ["widthAtMost"] = w.Hi };
                entry["sets"] = Text(value);
                widths.Add(entry);
                rows.Add(new(w.Lo == w.Hi ? $"least hidden width {w.Lo}" : $"least hidden width {w.Lo}..{w.Hi}", Text(value)));
            }

            result["minWidth"] = widths;
        }

        return new SweepReport(result, rows);
    }

    private static SweepReport SingleSet(AutoencoderSearchSpec spec, Partial total)
    {
        var answer = SingleSetAnswer.Solve(spec);
        if (total[AutoencoderSearchCounters.WithOneLayer] != (answer.OneLayer ? 1 : 0))
            throw new InvalidOperationException("the rebuilt answer differs from the unit's");
        var width = answer.MinWidth;
        var result = new JsonObject
        {
            ["sets"] = "1",
            ["oneLayer"] = answer.OneLayer,
            ["minWidth"] = width.Exact ? width.Upper : null,
            ["minWidthAtLeast"] = width.Lower,
            ["minWidthAtMost"] = width.Upper,
            ["decoder"] = answer.DecoderJson(),
        };
        var rows = new List<KeyValuePair<string, string>>
        {
            new("vectors", string.Join(" ", Enumerable.Range(0, answer.Set.Vectors.Length).Select(answer.Set.Format))),
            new("one-layer decoder", answer.OneLayer ? "yes" : "no (exhaustive search over code assignments)"),
            new("least hidden width", width.Exact ? width.Upper.ToString(CultureInfo.InvariantCulture) : $"{width.Lower}..{width.Upper} (widths above {MinWidthDecoders.SearchableWidth} are not searched)"),
        };
        var decoder = width.Decoder;
        for (var v = 0; v < decoder.Codes.Length; v++)
        {
            rows.Add(new($"code of {answer.Set.Format(v)}", VectorSet.Format((ulong)decoder.Codes[v], spec.CodeBits)));
        }

        for (var l = 0; l < decoder.Network.Layers.Count; l++)
        {
            var name = l == decoder.Network.Layers.Count - 1 ? "output" : "hidden";
            rows.AddRange(decoder.Network.Layers[l].Select((u, i) => KeyValuePair.Create(
                $"{name} {i + 1}", $"[{string.Join(" ", u.Weights)}] ≥ {u.Threshold}")));
        }

        rows.Add(new("decoder verified on every vector", decoder.Verify(answer.Set.Vectors) ? "yes" : "NO"));
        return new SweepReport(result, rows);
    }

    private static string Text(BigInteger value) => value.ToString(CultureInfo.InvariantCulture);
}
