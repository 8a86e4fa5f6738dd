using System.Globalization;
using Akka.Actor;
using Akka.Cluster;
using Akka.Hosting;
using Expressivity.Actors.Commands;
using Expressivity.Actors.Hosting;
using Expressivity.Actors.Protocol;

namespace Expressivity.Actors.Workers;

/// <summary>
/// <c>node health</c> for probes (exit 0 only when this node is an Up member) and <c>node status</c>:
/// this node's worker, answered even while every core runs a kernel.
/// </summary>
public sealed class NodePalette : IPalette
{
    /// <inheritdoc />
    public string Name => "node";

    /// <inheritdoc />
    public IReadOnlyList<(string Command, string Help)> Commands =>
    [
        ("health", "exit 0 when this node is an Up cluster member, 1 otherwise"),
        ("status", "this node's worker: capacity, running units, units finished, reports awaiting ack"),
    ];

    /// <inheritdoc />
    public async Task<int> Run(string command, IReadOnlyList<string> args, CommandContext context)
    {
        var self = Cluster.Get(context.System).SelfMember;
        context.Out.WriteLine($"{self.Address} {self.Status}");
        if (command == "health") return self.Status == MemberStatus.Up ? 0 : 1;

        if (!ActorRegistry.For(context.System).TryGet<WorkerKey>(out var worker))
        {
            context.Out.WriteLine("no worker role on this node");
            return 0;
        }

        var s = await worker.Ask<WorkerStatus>(GetWorkerStatus.Instance, CommandContext.AskTimeout, context.Cancel);
        context.Out.WriteLine($"worker {s.WorkerId}: capacity {s.Capacity}, {s.Running.Count} running, {s.UnitsFinished} finished, {s.Unacknowledged} awaiting ack");
        foreach (var r in s.Running)
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {r.SweepId} {r.UnitId} ({r.Seconds:0.0} s)"));
        return 0;
    }
}
