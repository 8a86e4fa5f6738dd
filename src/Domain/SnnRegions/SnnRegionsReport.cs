using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;
using Expressivity.Domain.SnnRegions.Sweep;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Domain.SnnRegions;

/// <summary>Turns merged snn-regions counters into the result object (counts as decimal strings).</summary>
public static class SnnRegionsReport
{
    private static readonly BigInteger IndexSpace = BigInteger.One << 40;

    /// <summary>
    /// Packs (regions, index) into one max-merged counter: more regions win, ties go to the smaller index,
    /// so the reported best is independent of completion order.
    /// </summary>
    public static BigInteger Best(long regions, long index) => (regions * IndexSpace) + (IndexSpace - 1 - index);

    /// <summary>The report of a finished sweep.</summary>
    public static SweepReport Build(SnnRegionsSpec spec, Partial total)
    {
        var result = new JsonObject();
        if (spec.Network is { } network)
        {
            var refined = SnnRegionsKind.UsesRefinement(network);
            result["regions"] = Text(total[SnnRegionsCounters.Regions]);
            result["linearRegions"] = refined ? Text(total[SnnRegionsCounters.LinearRegions]) : null;
            result["affineMaps"] = refined ? Text(total[SnnRegionsCounters.AffineMaps]) : null;
            result["method"] = refined ? "refinement" : "causal-set search";
            result["silentRegions"] = Text(total[SnnRegionsCounters.SilentRegions]);
            result["discontinuous"] = total[SnnRegionsCounters.Discontinuous] > 0;
            result["mixedSigns"] = network.HasNegativeWeight;
            result["regionKind"] = RegionKind(network.HasNegativeWeight);
            result["fastChecks"] = Text(total[SnnRegionsCounters.FastChecks]);
            result["exactChecks"] = Text(total[SnnRegionsCounters.ExactChecks]);
            result["bounds"] = SeedBounds.Json(network);
        }
        else if (spec.Random is { } random)
        {
            var (regions, draw) = Unpack(total[SnnRegionsCounters.Best]);
            result["draws"] = Text(total[SnnRegionsCounters.Draws]);
            result["minRegions"] = Text(total[SnnRegionsCounters.MinRegions]);
            result["maxRegions"] = Text(total[SnnRegionsCounters.MaxRegions]);
            result["totalRegions"] = Text(total[SnnRegionsCounters.RegionsTotal]);
            result["histogram"] = Histogram(total, "draws");
            result["discontinuousDraws"] = Text(total[SnnRegionsCounters.DiscontinuousDraws]);
            result["mixedSigns"] = random.Family.Mixed;
            result["regionKind"] = RegionKind(random.Family.Mixed);
            result["best"] = new JsonObject
            {
                ["draw"] = draw,
                ["regions"] = Text(regions),
                ["network"] = NetworkJson.Write(random.Family.Draw(random.Seed, draw)),
            };
        }
        else
        {
            var search = spec.Search!;
            var (regions, restart) = Unpack(total[SnnRegionsCounters.Best]);
            // Replaying the winning restart gives its network and its linear regions (only its pattern count is a counter).
            var replay = RationalSearch.Run(search.Family.Inputs, search.Family.Widths, search.Family.Mixed, search.Seed, restart, search.Steps, spec.Min, spec.Max);
            if (replay.Regions != regions) throw new InvalidOperationException($"restart {restart} replays to {replay.Regions} regions, not {regions}");
            result["restarts"] = Text(total[SnnRegionsCounters.Restarts]);
            result["evaluations"] = Text(total[SnnRegionsCounters.Evaluations]);
            result["worstRestartRegions"] = Text(total[SnnRegionsCounters.MinRegions]);
            result["histogram"] = Histogram(total, "restarts");
            result["mixedSigns"] = search.Family.Mixed;
            result["regionKind"] = RegionKind(search.Family.Mixed);
            result["best"] = new JsonObject
            {
                ["restart"] = restart,
                ["regions"] = Text(regions),
                ["linearRegions"] = Text(replay.LinearRegions),
                ["affineMaps"] = Text(replay.AffineMaps),
                ["network"] = NetworkJson.Write(replay.Network),
            };
        }

        var rows = result.Where(kv => kv.Value is JsonValue)
            .Select(kv => KeyValuePair.Create(kv.Key, kv.Value!.ToString()))
            .ToList();
        return new SweepReport(result, rows);
    }

    /// <summary>
    /// SPEC.md 2.2: with non-negative weights every region is a linear piece of a continuous map; with
    /// mixed signs the count is of causal-set regions, and the result says so.
    /// </summary>
    private static string RegionKind(bool mixed) => mixed ? "causal-set" : "linear";

    /// <summary>The <c>hist.&lt;n&gt;</c> counters as [{regions, <paramref name="what"/>}], fewest regions first.</summary>
    private static JsonArray Histogram(Partial total, string what) =>
        new(total.Values.Where(kv => kv.Key.StartsWith(SnnRegionsCounters.HistogramPrefix, StringComparison.Ordinal))
            .Select(kv => (Regions: BigInteger.Parse(kv.Key[SnnRegionsCounters.HistogramPrefix.Length..], CultureInfo.InvariantCulture), Count: kv.Value))
            .OrderBy(h => h.Regions)
            .Select(h => (JsonNode)new JsonObject { ["regions"] = Text(h.Regions), [what] = Text(h.Count) })
            .ToArray());

    private static (BigInteger Regions, long Index) Unpack(BigInteger best) =>
        (best / IndexSpace, (long)(IndexSpace - 1 - (best % IndexSpace)));

    private static string Text(BigInteger value) => value.ToString(CultureInfo.InvariantCulture);
}
