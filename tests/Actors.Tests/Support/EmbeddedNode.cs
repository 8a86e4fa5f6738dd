using Akka.Actor;
using Akka.Hosting;
using Expressivity.Actors.Coordinator;
using Expressivity.Actors.Hosting;
using Expressivity.Actors.Protocol;
using Expressivity.Actors.Workers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Expressivity.Actors.Tests.Support;

/// <summary>A started one-process cluster node (all roles; SQLite in a data directory or PostgreSQL), as `seed run` builds it.</summary>
public sealed class EmbeddedNode : IAsyncDisposable
{
    private readonly IHost _host;

    private EmbeddedNode(IHost host, ActorSystem system)
    {
        _host = host;
        System = system;
        Region = ActorRegistry.For(system).Get<CoordinatorRegionKey>();
    }

    public ActorSystem System { get; }

    public IActorRef Region { get; }

    public static Task<EmbeddedNode> Start(string dataDirectory, int capacity = 2, CoordinatorOptions? coordinator = null) =>
        Start(new StorageOptions { DataDirectory = dataDirectory }, capacity, coordinator);

    public static async Task<EmbeddedNode> Start(StorageOptions storage, int capacity = 2, CoordinatorOptions? coordinator = null)
    {
        var node = new NodeOptions { Port = 0, Roles = [ClusterRoles.Seed, ClusterRoles.Coordinator, ClusterRoles.Worker] };
        var host = SweepNodeHost.Build(node, storage, coordinator ?? new CoordinatorOptions(), new WorkerOptions { Capacity = capacity });
        await host.StartAsync();
        var system = host.Services.GetRequiredService<ActorSystem>();
        await SweepNodeHost.WhenUp(system, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
        return new EmbeddedNode(host, system);
    }

    public Task<SweepCommandReply> Start(string sweepId, string specJson, bool fresh = false) =>
        Region.Ask<SweepCommandReply>(new StartSweep(sweepId, specJson, fresh), TimeSpan.FromSeconds(30));

    public Task<SweepStatus> Status(string sweepId, TimeSpan? timeout = null) =>
        Region.Ask<SweepStatus>(new GetSweepStatus(sweepId), timeout ?? TimeSpan.FromSeconds(30));

    /// <summary>
    /// Polls until the predicate holds (no fixed sleeps), or fails after <paramref name="timeout"/>. A
    /// status query left unanswered (a coordinator stopped by a storage outage drops what it had stashed)
    /// is asked again rather than failing the wait.
    /// </summary>
    public async Task<SweepStatus> WaitFor(string sweepId, Func<SweepStatus, bool> until, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        SweepStatus? last = null;
        while (true)
        {
            try
            {
                last = await Status(sweepId, TimeSpan.FromSeconds(5));
                if (until(last)) return last;
            }
            catch (AskTimeoutException) when (DateTime.UtcNow < deadline)
            {
            }

            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"sweep {sweepId} still {last?.State ?? "unanswered"} at {last?.StageUnitsDone}/{last?.StageUnitsTotal}");
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
