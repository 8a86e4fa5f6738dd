using System.Threading.Channels;
using Akka.Actor;
using Akka.Cluster;
using Expressivity.Actors.Commands;

namespace Expressivity.Actors.Hosting;

/// <summary><c>cluster tail</c>: membership and reachability events streamed until the client disconnects.</summary>
public static class ClusterEventTail
{
    /// <summary>Streams events to the client until it disconnects.</summary>
    public static async Task Run(CommandContext context)
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
