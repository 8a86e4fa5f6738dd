using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Domain.SnnRegions.Sweep;

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
            result["regions"] = Text(total["regions"]);
            result["silentRegions"] = Text(total["silentRegions"]);
            result["discontinuous"] = total["max.discontinuous"] > 0;
            result["mixedSigns"] = network.HasNegativeWeight;
            result["regionKind"] = RegionKind(network.HasNegativeWeight);
            result["fastChecks"] = Text(total["fastChecks"]);
            result["exactChecks"] = Text(total["exactChecks"]);
        }
        else if (spec.Random is { } random)
        {
            var (regions, draw) = Unpack(total["max.best"]);
            result["draws"] = Text(total["draws"]);
            result["minRegions"] = Text(total["min.regions"]);
            result["maxRegions"] = Text(total["max.regions"]);
            result["totalRegions"] = Text(total["regions.total"]);
            result["histogram"] = Histogram(total, "draws");
            result["discontinuousDraws"] = Text(total["discontinuousDraws"]);
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
            var (regions, restart) = Unpack(total["max.best"]);
            var replay = HillClimb.Run(search.Family, search.Seed, restart, search.Steps, spec.Min, spec.Max);
            result["restarts"] = Text(total["restarts"]);
            result["evaluations"] = Text(total["evaluations"]);
            result["worstRestartRegions"] = Text(total["min.regions"]);
            result["histogram"] = Histogram(total, "restarts");
            result["mixedSigns"] = search.Family.Mixed;
            result["regionKind"] = RegionKind(search.Family.Mixed);
            result["best"] = new JsonObject
            {
                ["restart"] = restart,
                ["regions"] = Text(regions),
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
        new(total.Values.Where(kv => kv.Key.StartsWith("hist.", StringComparison.Ordinal))
            .Select(kv => (Regions: BigInteger.Parse(kv.Key[5..], CultureInfo.InvariantCulture), Count: kv.Value))
            .OrderBy(h => h.Regions)
            .Select(h => (JsonNode)new JsonObject { ["regions"] = Text(h.Regions), [what] = Text(h.Count) })
            .ToArray());

    private static (BigInteger Regions, long Index) Unpack(BigInteger best) =>
        (best / IndexSpace, (long)(IndexSpace - 1 - (best % IndexSpace)));

    private static string Text(BigInteger value) => value.ToString(CultureInfo.InvariantCulture);
}
