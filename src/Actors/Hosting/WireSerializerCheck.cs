using Akka.Actor;
using Expressivity.Actors.Serialization;
using Microsoft.Extensions.Hosting;

namespace Expressivity.Actors.Hosting;

/// <summary>Refuses to start a node whose running configuration breaks <see cref="WireSerializerPolicy"/>.</summary>
public sealed class WireSerializerCheck(ActorSystem system) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        WireSerializerPolicy.Verify(system);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
