using Expressivity.Actors.Storage;
using Microsoft.Extensions.Hosting;

namespace Expressivity.Actors.Hosting;

/// <summary>Holds a node's <see cref="DataDirectoryLock"/> for the life of its host and releases it when the host stops or is disposed.</summary>
public sealed class DataDirectoryLease(DataDirectoryLock held) : IHostedService, IDisposable
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken)
    {
        held.Dispose();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public void Dispose() => held.Dispose();
}
