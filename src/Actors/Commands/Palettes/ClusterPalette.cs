using System.Threading.Channels;
using Akka.Actor;
using Akka.Cluster;

namespace Expressivity.Actors.Commands.Palettes;

/// <summary><c>cluster show | leave | down-unreachable | tail</c>, with pbm's output shapes.</summary>
public sealed class ClusterPalette : IPalette
{
    /// <inheritdoc />
    public string Name => "cluster";

    /// <inheritdoc />
    public IReadOnlyList<(string Command, string Help)> Commands =>
    [
        ("show", "members: address | [roles] | status | reachability | version"),
        ("leave [address]", "this node (or the given member) leaves the cluster gracefully"),
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
                Show(cluster, context.Out);
                return 0;
            case "leave":
                var address = args.Count > 0 ? ParseAddress(args[0]) : cluster.SelfAddress;
                cluster.Leave(address);
                context.Out.WriteLine($"{address} is leaving the cluster");
                return 0;
            case "down-unreachable":
                var unreachable = cluster.State.Unreachable.ToList();
                foreach (var m in unreachable) cluster.Down(m.Address);
                context.Out.WriteLine(unreachable.Count == 0 ? "no unreachable members" : $"downed {unreachable.Count}: {string.Join(", ", unreachable.Select(m => m.Address))}");
                return 0;
            default:
                await Tail(context);
                return 0;
        }
    }

    /// <summary>pbm's member table and count line.</summary>
    public static void Show(Cluster cluster, TextWriter output)
    {
        var state = cluster.State;
        var unreachable = state.Unreachable.Select(m => m.Address).ToHashSet();
        foreach (var m in state.Members.OrderBy(m => m.Address.ToString(), StringComparer.Ordinal))
        {
            var reach = unreachable.Contains(m.Address) ? "Unreachable" : "Reachable";
            output.WriteLine($"{m.Address} | [{string.Join(", ", m.Roles.Order(StringComparer.Ordinal))}] | {m.Status} | {reach} | {m.AppVersion}");
        }

        output.WriteLine($"Count: {state.Members.Count} nodes");
    }

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

    private static async Task Tail(CommandContext context)
    {
        var channel = Channel.CreateUnbounded<string>();
        var forwarder = context.System.ActorOf(Props.Create(() => new ClusterEventForwarder(channel.Writer)));
        try
        {
            await foreach (var line in channel.Reader.ReadAllAsync(context.Cancel))
            {
                await context.Out.WriteLineAsync(line);
                await context.Out.FlushAsync(context.Cancel);
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            context.System.Stop(forwarder);
        }
    }

    private sealed class ClusterEventForwarder : ReceiveActor
    {
        public ClusterEventForwarder(ChannelWriter<string> lines)
        {
            Receive<ClusterEvent.CurrentClusterState>(s => lines.TryWrite($"{DateTime.UtcNow:HH:mm:ss} current: {s.Members.Count} members, {s.Unreachable.Count} unreachable"));
            Receive<ClusterEvent.IClusterDomainEvent>(e => lines.TryWrite($"{DateTime.UtcNow:HH:mm:ss} {e}"));
        }

        protected override void PreStart() =>
            Cluster.Get(Context.System).Subscribe(Self, ClusterEvent.SubscriptionInitialStateMode.InitialStateAsSnapshot,
                typeof(ClusterEvent.IMemberEvent), typeof(ClusterEvent.IReachabilityEvent));

        protected override void PostStop() => Cluster.Get(Context.System).Unsubscribe(Self);
    }
}
