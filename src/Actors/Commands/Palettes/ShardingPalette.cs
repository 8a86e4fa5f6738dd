using Akka.Actor;
using Akka.Cluster.Sharding;

namespace Expressivity.Actors.Commands.Palettes;

/// <summary><c>cluster-sharding region-stats -r &lt;type&gt;</c>.</summary>
public sealed class ShardingPalette : IPalette
{
    /// <inheritdoc />
    public string Name => "cluster-sharding";

    /// <inheritdoc />
    public IReadOnlyList<(string Command, string Help)> Commands =>
    [
        ("region-stats -r <type>", "entities per shard of this node's region (type: sweep)"),
    ];

    /// <inheritdoc />
    public async Task<int> Run(string command, IReadOnlyList<string> args, CommandContext context)
    {
        var i = args.ToList().IndexOf("-r");
        if (i < 0 || i + 1 >= args.Count) throw new CommandUsageException("region-stats needs -r <type>");
        var type = args[i + 1];
        IActorRef region;
        try
        {
            region = ClusterSharding.Get(context.System).ShardRegion(type);
        }
        catch (ArgumentException)
        {
            context.Out.WriteLine($"error: no shard region '{type}' on this node (known: {string.Join(", ", ClusterSharding.Get(context.System).ShardTypeNames)})");
            return 1;
        }

        var stats = await region.Ask<ShardRegionStats>(GetShardRegionStats.Instance, CommandContext.AskTimeout, context.Cancel);
        foreach (var (shard, count) in stats.Stats.OrderBy(kv => kv.Key, StringComparer.Ordinal)) context.Out.WriteLine($"shard {shard} | {count} entities");
        context.Out.WriteLine($"Count: {stats.Stats.Count} shards, {stats.Stats.Values.Sum()} entities");
        return 0;
    }
}
