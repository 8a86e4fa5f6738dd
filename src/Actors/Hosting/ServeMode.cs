using Akka.Actor;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Expressivity.Actors.Hosting;

/// <summary>
/// The long-running <c>serve</c> mode shared by the seed and worker hosts: runs until SIGTERM/Ctrl+C,
/// which leave the cluster gracefully (coordinated shutdown, exit 0). A node the cluster downs starts
/// a new actor system in the same process and joins again through its seeds (<c>Node:WhenDowned=rejoin</c>,
/// the default), or exits with <see cref="DownedPolicy.ExitCode"/> for a restart policy (<c>exit</c>).
/// </summary>
public static class ServeMode
{
    private static readonly TimeSpan MaxRejoinDelay = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Runs a node with <paramref name="settings"/> until it is stopped; returns the exit code.
    /// <paramref name="attach"/> starts what the host adds beside the node once it is up (the seed's web
    /// dashboard); it is disposed before the node stops, and started again with each new actor system.
    /// </summary>
    public static async Task<int> Run(NodeSettings settings, string title, Func<ActorSystem, NodeSettings, CancellationToken, Task<IAsyncDisposable?>>? attach = null)
    {
        using var stopping = new CancellationTokenSource();
        // SIGTERM and Ctrl+C: stop the host, which runs coordinated shutdown (cluster leave) first.
        using var term = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, c => { c.Cancel = true; stopping.Cancel(); });
        using var interrupt = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGINT, c => { c.Cancel = true; stopping.Cancel(); });
        if (RemotingExposure.Warning(settings.Node) is { } exposed) Console.Error.WriteLine($"{title}: {exposed}");
        var delay = TimeSpan.FromSeconds(1);
        for (var incarnation = 1; ; incarnation++)
        {
            var downed = await RunOnce(settings, title, attach, incarnation, stopping.Token);
            if (!downed || stopping.IsCancellationRequested) return 0;
            if (settings.Node.WhenDowned == DownedPolicy.Exit)
            {
                Console.Error.WriteLine($"{title}: downed by the cluster; exiting with code {DownedPolicy.ExitCode} (Node:WhenDowned=exit)");
                return DownedPolicy.ExitCode;
            }

            // The old system's sockets are closed once it terminated; wait a little so a seed that is
            // itself restarting can be found, then join again with a new actor system (new uid).
            Console.Error.WriteLine($"{title}: downed by the cluster; rejoining through {JoinPath(settings.Node)} in {delay.TotalSeconds:0} s");
            try
            {
                await Task.Delay(delay, stopping.Token);
            }
            catch (OperationCanceledException)
            {
                return 0;
            }

            delay = delay * 2 < MaxRejoinDelay ? delay * 2 : MaxRejoinDelay;
        }
    }

    /// <summary>How the node (re)joins, for the log: the seed list or the bootstrap discovery.</summary>
    private static string JoinPath(NodeOptions node) =>
        node.UsesBootstrap ? $"cluster bootstrap ({node.Discovery} discovery)" : $"seeds [{string.Join(", ", node.Seeds)}]";

    /// <summary>One actor system's life: true when it ended because the cluster downed this node.</summary>
    private static async Task<bool> RunOnce(
        NodeSettings settings, string title, Func<ActorSystem, NodeSettings, CancellationToken, Task<IAsyncDisposable?>>? attach, int incarnation, CancellationToken stop)
    {
        using var host = SweepNodeHost.Build(settings, LogLevel.Information);
        var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(stop);
        await host.StartAsync(stop);
        var system = host.Services.GetRequiredService<ActorSystem>();
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger(title);
        logger.LogInformation("{Title} started: {Address} roles [{Roles}] joining through {Join} (incarnation {Incarnation})", title, Akka.Cluster.Cluster.Get(system).SelfAddress,
            string.Join(", ", settings.Node.Roles), JoinPath(settings.Node), incarnation);
        var attached = attach is null ? null : await attach(system, settings, stop);
        _ = system.WhenTerminated.ContinueWith(_ => ended.Cancel(), TaskScheduler.Default);
        try
        {
            await Task.Delay(Timeout.Infinite, ended.Token);
        }
        catch (OperationCanceledException)
        {
        }

        if (attached is not null) await attached.DisposeAsync();
        var byCluster = system.WhenTerminated.IsCompleted;
        var downed = byCluster && CoordinatedShutdown.Get(system).ShutdownReason is Akka.Actor.CoordinatedShutdown.ClusterDowningReason;
        logger.LogInformation(byCluster ? "{Title}: actor system terminated ({Reason}); exiting" : "{Title}: stopping, leaving the cluster",
            title, downed ? "downed" : "left");
        await host.StopAsync(settings.Worker.DrainTime + TimeSpan.FromSeconds(30));
        if (!downed) lifetime.StopApplication();
        return downed;
    }
}
