using System.Text.Json.Nodes;

namespace Expressivity.Domain.SnnRegions.Sweep;

/// <summary>
/// The <c>grid</c> form of snn-regions: one sweep over every configuration (inputs d, layer widths,
/// box half-width h) of the given lists, each run as the <c>search</c> or <c>random</c> form would run it
/// alone on [−h, h]^d with the same seed and sizes.
/// </summary>
/// <param name="Inputs">The input dimensions d, distinct.</param>
/// <param name="Layers">The layer-width lists, distinct.</param>
/// <param name="HalfWidths">The box half-widths h (box [−h, h]^d), distinct.</param>
/// <param name="Mixed">False: positive weights; true: each weight's sign drawn.</param>
/// <param name="Search">True: off-grid hill climbing (restarts × steps); false: <paramref name="Count"/> random draws.</param>
/// <param name="Restarts">Restarts per configuration (search).</param>
/// <param name="Steps">Moves per restart (search).</param>
/// <param name="Count">Draws per configuration (random).</param>
/// <param name="Seed">The seed every configuration uses.</param>
public sealed record SnnRegionsGridSpec(
    IReadOnlyList<int> Inputs,
    IReadOnlyList<IReadOnlyList<int>> Layers,
    IReadOnlyList<double> HalfWidths,
    bool Mixed,
    bool Search,
    int Restarts,
    int Steps,
    int Count,
    long Seed) : ISnnRegionsSpec
{
    /// <inheritdoc />
    public string Kind => SnnRegionsKind.KindName;

    /// <summary>Configurations in unit order: inputs outermost, then layers, then half-widths.</summary>
    public IReadOnlyList<GridConfiguration> Configurations =>
        Inputs.SelectMany(d => Layers.SelectMany(widths => HalfWidths.Select(h => (d, widths, h))))
            .Select((c, index) => new GridConfiguration(index, c.d, c.widths, c.h))
            .ToList();

    /// <summary>The single-configuration spec that configuration <paramref name="c"/> runs exactly as.</summary>
    public SnnRegionsSpec Alone(GridConfiguration c)
    {
        var family = new RandomNetworks(c.Inputs, c.Widths, Mixed);
        return Search
            ? new SnnRegionsSpec(-c.HalfWidth, c.HalfWidth, null, null, new RegionSearchForm(family, Seed, Restarts, Steps))
            : new SnnRegionsSpec(-c.HalfWidth, c.HalfWidth, null, new RandomDraws(family, Seed, Count), null);
    }

    /// <inheritdoc />
    public JsonObject ToNormalJson()
    {
        var grid = new JsonObject
        {
            ["inputs"] = new JsonArray(Inputs.Select(d => (JsonNode)d).ToArray()),
            ["layers"] = new JsonArray(Layers.Select(l => (JsonNode)new JsonArray(l.Select(w => (JsonNode)w).ToArray())).ToArray()),
            ["boxes"] = new JsonArray(HalfWidths.Select(h => (JsonNode)h).ToArray()),
            ["signs"] = Mixed ? "mixed" : "positive",
            ["mode"] = Search ? "search" : "random",
        };
        if (Search)
        {
            grid["restarts"] = Restarts;
            grid["steps"] = Steps;
        }
        else
        {
            grid["count"] = Count;
        }

        grid["seed"] = Seed;
        return new JsonObject { ["kind"] = Kind, ["grid"] = grid };
    }
}

/// <summary>One configuration of a grid: its index in unit order, d, the layer widths and the box half-width.</summary>
public sealed record GridConfiguration(int Index, int Inputs, IReadOnlyList<int> Widths, double HalfWidth)
{
    /// <summary>Neurons in the network (all layers).</summary>
    public int Neurons => Widths.Sum();
}
