using System.Text.Json.Nodes;
using Expressivity.Domain.Numerics;
using Expressivity.Domain.SnnRegions.Sweep;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Domain.SnnRegions;

/// <summary>A validated snn-regions spec of either shape: one configuration (<see cref="SnnRegionsSpec"/>) or a grid (<see cref="SnnRegionsGridSpec"/>).</summary>
public interface ISnnRegionsSpec : ISweepSpec;

/// <summary>
/// A validated snn-regions spec: the box [min, max]^d and exactly one form — an explicit
/// <see cref="Network"/>, <see cref="Random"/> draws, or an off-grid hill-climbing <see cref="Search"/>.
/// </summary>
public sealed record SnnRegionsSpec(double BoxMin, double BoxMax, SpikingNetwork? Network, RandomDraws? Random, RegionSearchForm? Search) : ISnnRegionsSpec
{
    /// <inheritdoc />
    public string Kind => SnnRegionsKind.KindName;

    /// <summary>The box's lower end, exact.</summary>
    public BigRational Min => BigRational.FromDouble(BoxMin);

    /// <summary>The box's upper end, exact.</summary>
    public BigRational Max => BigRational.FromDouble(BoxMax);

    /// <inheritdoc />
    public JsonObject ToNormalJson()
    {
        var json = new JsonObject
        {
            ["kind"] = Kind,
            ["box"] = new JsonObject { ["min"] = BoxMin, ["max"] = BoxMax },
        };
        if (Network is not null) json["network"] = NetworkJson.Write(Network);
        if (Random is not null) json["random"] = Random.ToJson();
        if (Search is not null) json["search"] = Search.ToJson();
        return json;
    }
}

/// <summary>The <c>random</c> form: <paramref name="Count"/> seeded draws from <paramref name="Family"/>.</summary>
public sealed record RandomDraws(RandomNetworks Family, long Seed, int Count)
{
    /// <summary>Normal JSON of the form.</summary>
    public JsonObject ToJson() => FamilyJson(Family, Seed, new() { ["count"] = Count });

    internal static JsonObject FamilyJson(RandomNetworks family, long seed, JsonObject extra)
    {
        var json = new JsonObject
        {
            ["inputs"] = family.Inputs,
            ["layers"] = new JsonArray(family.Widths.Select(w => (JsonNode)w).ToArray()),
            ["signs"] = family.Mixed ? "mixed" : "positive",
            ["seed"] = seed,
        };
        foreach (var (key, value) in extra.ToList())
        {
            extra.Remove(key);
            json[key] = value;
        }

        return json;
    }
}

/// <summary>
/// The <c>search</c> form: <paramref name="Restarts"/> off-grid hill climbs (<see cref="RationalSearch"/>) of
/// <paramref name="Steps"/> moves each on networks of <paramref name="Family"/>'s shape and signs (its 1/8 grid is not used:
/// parameters are multiples of 1/1024 and moves ±k/2^s).
/// </summary>
public sealed record RegionSearchForm(RandomNetworks Family, long Seed, int Restarts, int Steps)
{
    /// <summary>Normal JSON of the form.</summary>
    public JsonObject ToJson() => RandomDraws.FamilyJson(Family, Seed, new() { ["restarts"] = Restarts, ["steps"] = Steps });
}
