using Akka.Cluster;

namespace Expressivity.Actors.Commands.Palettes;

/// <summary><c>node health</c>: for probes and health checks (exit 0 only when this node is an Up member).</summary>
public sealed class NodePalette : IPalette
{
    /// <inheritdoc />
    public string Name => "node";

    /// <inheritdoc />
    public IReadOnlyList<(string Command, string Help)> Commands =>
    [
        ("health", "exit 0 when this node is an Up cluster member, 1 otherwise"),
    ];

    /// <inheritdoc />
    public Task<int> Run(string command, IReadOnlyList<string> args, CommandContext context)
    {
        var self = Cluster.Get(context.System).SelfMember;
        context.Out.WriteLine($"{self.Address} {self.Status}");
        return Task.FromResult(self.Status == MemberStatus.Up ? 0 : 1);
    }
}
