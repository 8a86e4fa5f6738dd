using Akka.Cluster.Sharding;
using Expressivity.Actors.Protocol;

namespace Expressivity.Actors.Hosting;

/// <summary>Routes <see cref="IWithSweepId"/> messages to the coordinator entity of their sweep.</summary>
public sealed class SweepMessageExtractor() : HashCodeMessageExtractor(MaxShards)
{
    /// <summary>Shards of the coordinator region (few entities; enough to spread them over nodes).</summary>
    public const int MaxShards = 30;

    /// <inheritdoc />
    public override string? EntityId(object message) => message switch
    {
        IWithSweepId m => m.SweepId,
        _ => null,
    };
}
