using Akka.Actor;
using Akka.Cluster;
using Expressivity.Actors.Commands;

namespace Expressivity.Actors.Hosting;

/// <summary><c>cluster show | leader | join | leave | down | down-unreachable | tail</c>, with pbm's output shapes.</summary>
public sealed class ClusterPalette : IPalette
{
    /// <inheritdoc />
    public string Name => "cluster";

    /// <inheritdoc />
    public IReadOnlyList<(string Command, string Help)> Commands =>
    [
        ("show [--json]", "members: address | [roles] | status | reachability | version"),
        ("leader [--json]", "the cluster leader and the leader of each role"),
        ("join <address>", "this node (not yet in a cluster) joins the cluster that <address> (a member's akka.tcp:// address) is in"),
        ("leave [address]", "this node (or the given member) leaves gracefully: running units finish or are handed back first"),
        ("down <address>", "marks a member down (use for a node that is dead, not one that is slow)"),
        ("down-unreachable", "downs every unreachable member"),
        ("tail", "streams membership and reachability events (Ctrl+C ends)"),
    ];

    /// <inheritdoc />
    public async Task<int> Run(string command, IReadOnlyList<string> args, CommandContext context)
    {
        var cluster = Cluster.Get(context.System);
        switch (command)
        {
            case "show":
                Show(cluster, context.Out, CommandJson.Wanted(args));
                return 0;
            case "leader":
                Leader(cluster.State, context.Out, CommandJson.Wanted(args));
                return 0;
            case "join":
                return Join(cluster, ParseAddress(Required(args, "join")), context.Out);
            case "leave":
                var address = args.FirstOrDefault(a => !a.StartsWith('-')) is { } text ? ParseAddress(text) : cluster.SelfAddress;
                if (NotAMember(cluster, address, context.Out)) return 1;
                cluster.Leave(address);
                context.Out.WriteLine($"{address} is leaving the cluster (its running units finish or are handed back first)");
                return 0;
            case "down":
                var target = ParseAddress(Required(args, "down"));
                if (NotAMember(cluster, target, context.Out)) return 1;
                cluster.Down(target);
                context.Out.WriteLine($"{target} is marked down");
                return 0;
            case "down-unreachable":
                var unreachable = cluster.State.Unreachable.ToList();
                foreach (var m in unreachable) cluster.Down(m.Address);
                context.Out.WriteLine(unreachable.Count == 0 ? "no unreachable members" : $"downed {unreachable.Count}: {string.Join(", ", unreachable.Select(m => m.Address))}");
                return 0;
            default:
                await ClusterEventTail.Run(context);
                return 0;
        }
    }

    // Akka ignores a join from a node that is already in a cluster (it only logs a warning): say so instead.
    private static int Join(Cluster cluster, Address seed, TextWriter output)
    {
        if (seed.System != cluster.SelfAddress.System)
        {
            output.WriteLine($"error: {seed} belongs to actor system '{seed.System}'; this node's is '{cluster.SelfAddress.System}'");
            return 1;
        }

        if (cluster.State.Members.Any(m => m.Address == seed))
        {
            output.WriteLine($"{seed} is already a member of this node's cluster: nothing to do");
            return 0;
        }

        if (cluster.State.Members.Any(m => m.Address == cluster.SelfAddress))
        {
            output.WriteLine($"error: {cluster.SelfAddress} is already a member of a cluster that {seed} is not in; "
                + "leave it ('cluster leave') and restart the node with --seed to move it");
            return 1;
        }

        cluster.Join(seed);
        output.WriteLine($"{cluster.SelfAddress} is joining {seed} ('cluster show' says when it is Up)");
        return 0;
    }

    private static bool NotAMember(Cluster cluster, Address address, TextWriter output)
    {
        if (cluster.State.Members.Any(m => m.Address == address)) return false;
        output.WriteLine($"error: {address} is not a member of this cluster (see 'cluster show')");
        return true;
    }

    /// <summary>One row of <c>cluster show</c>.</summary>
    public sealed record MemberRow(string Address, IReadOnlyList<string> Roles, string Status, bool Reachable, string Version);

    /// <summary>The members, sorted by address.</summary>
    public static IReadOnlyList<MemberRow> Members(ClusterEvent.CurrentClusterState state)
    {
        var unreachable = state.Unreachable.Select(m => m.Address).ToHashSet();
        return state.Members.OrderBy(m => m.Address.ToString(), StringComparer.Ordinal)
            .Select(m => new MemberRow(m.Address.ToString(), m.Roles.Order(StringComparer.Ordinal).ToList(), m.Status.ToString(), !unreachable.Contains(m.Address), m.AppVersion.ToString()))
            .ToList();
    }

    /// <summary>pbm's member table and count line (or the rows as JSON).</summary>
    public static void Show(Cluster cluster, TextWriter output, bool json = false)
    {
        var rows = Members(cluster.State);
        if (json)
        {
            CommandJson.Write(output, rows);
            return;
        }

        foreach (var m in rows)
            output.WriteLine($"{m.Address} | [{string.Join(", ", m.Roles)}] | {m.Status} | {(m.Reachable ? "Reachable" : "Unreachable")} | {m.Version}");
        output.WriteLine($"Count: {rows.Count} nodes");
    }

    private static void Leader(ClusterEvent.CurrentClusterState state, TextWriter output, bool json)
    {
        var roles = state.Members.SelectMany(m => m.Roles).Distinct().Order(StringComparer.Ordinal)
            .ToDictionary(r => r, r => state.RoleLeader(r)?.ToString());
        if (json)
        {
            CommandJson.Write(output, new { leader = state.Leader?.ToString(), roleLeaders = roles });
            return;
        }

        output.WriteLine($"leader: {state.Leader?.ToString() ?? "none (no converged membership yet)"}");
        foreach (var (role, address) in roles) output.WriteLine($"role {role}: {address ?? "none"}");
    }

    private static string Required(IReadOnlyList<string> args, string command) =>
        args.FirstOrDefault(a => !a.StartsWith('-')) ?? throw new CommandUsageException($"{command} needs a member address (akka.tcp://expressivity@host:port)");

    private static Address ParseAddress(string text)
    {
        try
        {
            return Address.Parse(text);
        }
        catch (Exception)
        {
            throw new CommandUsageException($"'{text}' is not a member address (akka.tcp://system@host:port)");
        }
    }
}
