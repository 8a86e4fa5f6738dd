using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Domain.Autoencoders;

/// <summary>
/// The autoencoder-search sweep (SPEC.md 4, 5; seed 003). Over all sets, "one-layer" counts by column
/// classes (<see cref="ColumnSetCount"/>) and "min-width" walks orbit representatives
/// (<see cref="OrbitSearch"/>); both are cut into units by enumeration prefix ranges. A sample draws
/// seeded sets in index ranges (a construction builds and checks the paper's decoder for each); a given
/// set is one unit. Every decoder is re-verified before it counts.
/// </summary>
public sealed class AutoencoderSearchKind(int maxUnits = AutoencoderSearchKind.DefaultMaxUnits, int samplesPerUnit = AutoencoderSearchKind.DefaultSamplesPerUnit)
    : SweepKind<AutoencoderSearchSpec>
{
    /// <summary>The kind's name in spec files.</summary>
    public const string KindName = "autoencoder-search";

    /// <summary>Units an exhaustive walk is cut into.</summary>
    public const int DefaultMaxUnits = 64;

    /// <summary>Random sets per sampled unit.</summary>
    public const int DefaultSamplesPerUnit = 200;

    /// <inheritdoc />
    public override string Name => KindName;

    /// <inheritdoc />
    public override string Summary => "Boolean threshold autoencoders: one-layer decoders and least hidden width, over all sets, samples or one set; the paper's decoder constructions";

    /// <inheritdoc />
    public override AutoencoderSearchSpec Parse(JsonElement spec) => AutoencoderSearchSpecParser.Parse(spec);

    /// <inheritdoc />
    public override SweepCost Estimate(AutoencoderSearchSpec spec) => AutoencoderSearchCost.Estimate(spec, this);

    /// <inheritdoc />
    public override IReadOnlyList<WorkUnit> Plan(AutoencoderSearchSpec spec, int stage, Partial soFar)
    {
        if (stage != 0) return [];
        if (spec.Set is not null) return [new WorkUnit("set", 0, "")];
        var (prefix, total, size) = spec.Sample is not null
            ? ("sample", spec.Sample.Sets, spec.Construction is null ? samplesPerUnit : ConstructionSamples.SetsPerUnit(spec, samplesPerUnit))
            : spec.AsksMinWidth
                ? ("orbits", SetOrbits.UnitsFor(spec.VectorBits), 0L)
                : ("classes", ColumnSetCount.UnitsFor(spec.CodeBits), 0L);
        if (size == 0) size = Math.Max(1, (total + maxUnits - 1) / maxUnits);
        var units = new List<WorkUnit>();
        for (long start = 0, i = 0; start < total; start += size, i++)
        {
            var end = Math.Min(total, start + size);
            units.Add(new WorkUnit(FormattableString.Invariant($"{prefix}.{i}"), 0, FormattableString.Invariant($"{start}-{end}")));
        }

        return units;
    }

    /// <inheritdoc />
    public override UnitOutcome Run(AutoencoderSearchSpec spec, WorkUnit unit, UnitContext context)
    {
        if (spec.Set is not null) return new UnitOutcome.Completed(SingleSet(spec));
        var range = unit.Payload.Split('-');
        var start = long.Parse(range[0], CultureInfo.InvariantCulture);
        var end = long.Parse(range[1], CultureInfo.InvariantCulture);
        if (spec.Construction is not null) return new UnitOutcome.Completed(ConstructionSamples.Run(spec, start, end, context.Cancel));
        if (spec.Sample is not null) return new UnitOutcome.Completed(Samples(spec, start, end, context.Cancel));
        if (spec.AsksMinWidth)
        {
            var tally = OrbitSearch.Run(spec.CodeBits, spec.VectorBits, true, (int)start, (int)end, context.Cancel);
            var counters = new List<(Counter, BigInteger)>
            {
                (AutoencoderSearchCounters.Sets, tally.Sets), (AutoencoderSearchCounters.WithOneLayer, tally.WithOneLayer),
                (AutoencoderSearchCounters.WithoutOneLayer, tally.WithoutOneLayer), (AutoencoderSearchCounters.Orbits, tally.Orbits),
            };
            counters.AddRange(tally.Widths.Select(kv => (AutoencoderSearchCounters.Width(kv.Key.Lo, kv.Key.Hi), kv.Value)));
            return new UnitOutcome.Completed(Partial.Of(counters));
        }

        var count = new ColumnSetCount(ColumnClasses.Of(spec.CodeBits), spec.VectorBits);
        var tallies = count.Walk((int)start, (int)end, context.Cancel);
        var values = new List<(Counter, BigInteger)>();
        for (var k = 0; k < tallies.Length; k++)
        {
            for (var m = 0; m < tallies[k].Length; m++)
            {
                if (tallies[k][m] != 0) values.Add((AutoencoderSearchCounters.Tally(k, m), tallies[k][m]));
            }
        }

        return new UnitOutcome.Completed(Partial.Of(values));
    }

    /// <inheritdoc />
    public override string? CheckTotal(AutoencoderSearchSpec spec, Partial total)
    {
        if (spec.Set is not null || spec.Sample is not null || !spec.AsksMinWidth) return null;
        var expected = ColumnSetCount.Binomial(1 << spec.VectorBits, spec.SetSize);
        return total[AutoencoderSearchCounters.Sets] == expected ? null : $"orbit sizes sum to {total[AutoencoderSearchCounters.Sets]}, expected C(2^D, n) = {expected}";
    }

    /// <inheritdoc />
    public override SweepReport Report(AutoencoderSearchSpec spec, Partial total) =>
        spec.Construction is null ? AutoencoderSearchReport.Build(spec, total) : ConstructionSamples.Report(spec, total);

    private static Partial SingleSet(AutoencoderSearchSpec spec)
    {
        var answer = SingleSetAnswer.Solve(spec);
        var counters = new List<(Counter, BigInteger)>
        {
            (AutoencoderSearchCounters.Sets, 1),
            (answer.OneLayer ? AutoencoderSearchCounters.WithOneLayer : AutoencoderSearchCounters.WithoutOneLayer, 1),
        };
        if (answer.MinWidth is { } w) counters.Add((AutoencoderSearchCounters.Width(w.Lower, w.Upper), 1));
        return Partial.Of(counters);
    }

    private static Partial Samples(AutoencoderSearchSpec spec, long start, long end, CancellationToken cancel)
    {
        BigInteger good = 0, bad = 0;
        var widths = new Dictionary<(int, int), BigInteger>();
        for (var i = start; i < end; i++)
        {
            cancel.ThrowIfCancellationRequested();
            var vectors = RandomSets.Draw(spec.Sample!.Seed, i, spec.SetSize, spec.VectorBits);
            if (!spec.AsksMinWidth)
            {
                if (OneLayerDecoders.Find(vectors, spec.VectorBits, spec.CodeBits) is not null) good++;
                else bad++;
                continue;
            }

            var answer = MinWidthDecoders.Solve(vectors, spec.VectorBits, spec.CodeBits);
            if (answer.Upper == 0) good++;
            else
            {
                bad++;
                widths[(answer.Lower, answer.Upper)] = widths.GetValueOrDefault((answer.Lower, answer.Upper)) + 1;
            }
        }

        var counters = new List<(Counter, BigInteger)>
        {
            (AutoencoderSearchCounters.Sets, end - start), (AutoencoderSearchCounters.WithOneLayer, good), (AutoencoderSearchCounters.WithoutOneLayer, bad),
        };
        counters.AddRange(widths.Select(kv => (AutoencoderSearchCounters.Width(kv.Key.Item1, kv.Key.Item2), kv.Value)));
        return Partial.Of(counters);
    }
}
