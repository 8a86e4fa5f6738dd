using Akka.Actor;
using Akka.Cluster.Sharding;
using Expressivity.Actors.Commands;

namespace Expressivity.Actors.Hosting;

/// <summary><c>cluster-sharding regions | shard-stats | region-stats</c>: cluster-wide figures come from GetClusterShardingStats.</summary>
public sealed class ShardingPalette : IPalette
{
    /// <summary>The entity type of the sweep coordinators (SweepClusterHostingExtensions).</summary>
    public const string SweepType = "sweep";

    /// <summary>How long each region is given to answer a cluster-wide query.</summary>
    public static readonly TimeSpan QueryTimeout = TimeSpan.FromSeconds(5);

    /// <inheritdoc />
    public string Name => "cluster-sharding";

    /// <inheritdoc />
    public IReadOnlyList<(string Command, string Help)> Commands =>
    [
        ("regions [--json]", "every shard region in the cluster: type | node | shards | entities"),
        ("shard-stats [-r <type>] [--json]", "entities per shard on every node, cluster-wide (type: sweep)"),
        ("region-stats [-r <type>] [--json]", "entities per shard of this node's region"),
    ];

    /// <summary>One shard as a node hosts it.</summary>
    public sealed record ShardRow(string Type, string Node, string Shard, int Entities);

    /// <summary>One region: its shards and entities on one node.</summary>
    public sealed record RegionRow(string Type, string Node, int Shards, long Entities);

    /// <inheritdoc />
    public async Task<int> Run(string command, IReadOnlyList<string> args, CommandContext context)
    {
        var sharding = ClusterSharding.Get(context.System);
        // A worker-only node runs the sweep type as a proxy, which ShardTypeNames may not list.
        var types = Type(args) is { } one ? [one] : sharding.ShardTypeNames.Append(SweepType).Distinct().Order(StringComparer.Ordinal).ToList();
        var shards = new List<ShardRow>();
        foreach (var type in types)
        {
            if (RegionOf(sharding, type) is not { } region)
            {
                context.Out.WriteLine($"error: no shard region '{type}' on this node (known: {string.Join(", ", sharding.ShardTypeNames.Append(SweepType).Distinct())})");
                return 1;
            }

            shards.AddRange(command == "region-stats" ? await Local(type, region, context) : await ClusterWide(type, region, context));
        }

        if (command == "regions")
        {
            var regions = shards.GroupBy(s => (s.Type, s.Node)).Select(g => new RegionRow(g.Key.Type, g.Key.Node, g.Count(s => s.Shard.Length > 0), g.Sum(s => (long)s.Entities)))
                .OrderBy(r => r.Type, StringComparer.Ordinal).ThenBy(r => r.Node, StringComparer.Ordinal).ToList();
            if (CommandJson.Wanted(args))
            {
                CommandJson.Write(context.Out, regions);
                return 0;
            }

            foreach (var r in regions) context.Out.WriteLine($"{r.Type} | {r.Node} | {r.Shards} shards | {r.Entities} entities");
            context.Out.WriteLine($"Count: {regions.Count} regions");
            return 0;
        }

        var rows = shards.Where(s => s.Shard.Length > 0).ToList();
        if (CommandJson.Wanted(args))
        {
            CommandJson.Write(context.Out, rows);
            return 0;
        }

        foreach (var s in rows) context.Out.WriteLine($"{s.Type} | {s.Node} | shard {s.Shard} | {s.Entities} entities");
        context.Out.WriteLine($"Count: {rows.Count} shards, {rows.Sum(s => (long)s.Entities)} entities");
        return 0;
    }

    private static IActorRef? RegionOf(ClusterSharding sharding, string type)
    {
        try
        {
            return sharding.ShardRegion(type);
        }
        catch (ArgumentException)
        {
        }

        try
        {
            return sharding.ShardRegionProxy(type);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    // A region with no shards still gets a row (shard ""), so `regions` lists every node that hosts the type.
    private static async Task<IEnumerable<ShardRow>> ClusterWide(string type, IActorRef region, CommandContext context)
    {
        var stats = await region.Ask<ClusterShardingStats>(new GetClusterShardingStats(QueryTimeout), QueryTimeout + CommandContext.AskTimeout, context.Cancel);
        return stats.Regions.SelectMany(r => Rows(type, r.Key.ToString(), r.Value));
    }

    private static async Task<IEnumerable<ShardRow>> Local(string type, IActorRef region, CommandContext context)
    {
        var stats = await region.Ask<ShardRegionStats>(GetShardRegionStats.Instance, CommandContext.AskTimeout, context.Cancel);
        return Rows(type, Akka.Cluster.Cluster.Get(context.System).SelfAddress.ToString(), stats);
    }

    private static IEnumerable<ShardRow> Rows(string type, string node, ShardRegionStats stats) =>
        stats.Stats.Count == 0
            ? [new ShardRow(type, node, "", 0)]
            : stats.Stats.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new ShardRow(type, node, kv.Key, kv.Value));

    private static string? Type(IReadOnlyList<string> args)
    {
        var i = args.ToList().FindIndex(a => a is "-r" or "-t" or "--type");
        if (i < 0) return null;
        return i + 1 < args.Count ? args[i + 1] : throw new CommandUsageException($"{args[i]} needs a region type (sweep)");
    }
}
