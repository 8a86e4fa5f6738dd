using Akka.Actor;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Expressivity.Actors.Hosting;

/// <summary>
/// The long-running <c>serve</c> mode shared by the seed and worker hosts: runs until SIGTERM/Ctrl+C,
/// which leave the cluster gracefully (coordinated shutdown); a node downed by the split brain resolver
/// ends the process so the deployment restarts it.
/// </summary>
public static class ServeMode
{
    /// <summary>
    /// Runs a node with <paramref name="settings"/> until it is stopped; returns the exit code.
    /// <paramref name="attach"/> starts what the host adds beside the node once it is up (the seed's web
    /// dashboard); it is disposed before the node stops.
    /// </summary>
    public static async Task<int> Run(NodeSettings settings, string title, Func<ActorSystem, NodeSettings, CancellationToken, Task<IAsyncDisposable?>>? attach = null)
    {
        using var host = SweepNodeHost.Build(settings, LogLevel.Information);
        var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
        var stopping = new CancellationTokenSource();
        // SIGTERM and Ctrl+C: stop the host, which runs coordinated shutdown (cluster leave) first.
        using var term = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, c => { c.Cancel = true; stopping.Cancel(); });
        using var interrupt = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGINT, c => { c.Cancel = true; stopping.Cancel(); });
        await host.StartAsync(stopping.Token);
        var system = host.Services.GetRequiredService<ActorSystem>();
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger(title);
        logger.LogInformation("{Title} started: {Address} roles [{Roles}] seeds [{Seeds}]", title, Akka.Cluster.Cluster.Get(system).SelfAddress,
            string.Join(", ", settings.Node.Roles), string.Join(", ", settings.Node.Seeds));
        _ = system.WhenTerminated.ContinueWith(_ => stopping.Cancel(), TaskScheduler.Default);
        var attached = attach is null ? null : await attach(system, settings, stopping.Token);
        try
        {
            await Task.Delay(Timeout.Infinite, stopping.Token);
        }
        catch (OperationCanceledException)
        {
        }

        if (attached is not null) await attached.DisposeAsync();

        var byCluster = system.WhenTerminated.IsCompleted;
        logger.LogInformation(byCluster ? "{Title}: actor system terminated (left or downed); exiting" : "{Title}: stopping, leaving the cluster", title);
        await host.StopAsync(TimeSpan.FromSeconds(30));
        lifetime.StopApplication();
        return 0;
    }
}
