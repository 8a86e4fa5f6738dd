using Akka.Actor;
using Akka.Cluster;
using Akka.Cluster.Hosting;
using Akka.Cluster.Hosting.SBR;
using Akka.Cluster.Sharding;
using Akka.Hosting;
using Akka.Remote.Hosting;
using Expressivity.Actors.Coordinator;
using Expressivity.Actors.Registry;
using Expressivity.Actors.Storage;
using Expressivity.Actors.Workers;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Actors.Hosting;

/// <summary>Composes a node from its roles: remoting, cluster, serializer, persistence, coordinators, registry, worker.</summary>
public static class SweepClusterHostingExtensions
{
    /// <summary>Adds everything a node with <see cref="NodeOptions.Roles"/> needs.</summary>
    public static AkkaConfigurationBuilder AddSweepNode(
        this AkkaConfigurationBuilder builder,
        NodeOptions node,
        StorageOptions storage,
        IPartialStore store,
        CoordinatorOptions coordinator,
        WorkerOptions worker)
    {
        var coordinates = node.Roles.Contains(ClusterRoles.Coordinator);
        builder
            .WithRemoting(Remoting(node))
            .WithClustering(new ClusterOptions { Roles = node.Roles.ToArray(), SeedNodes = SeedNodes(node), SplitBrainResolver = new KeepMajorityOption { Role = ClusterRoles.Coordinator } })
            .AddHocon($"akka.cluster.split-brain-resolver.stable-after = {(int)node.DowningStableAfter.TotalMilliseconds}ms", HoconAddMode.Prepend)
            // A leaving worker finishes (or hands back) its units in this phase: give it the drain time.
            .AddHocon($"akka.coordinated-shutdown.phases.before-cluster-shutdown.timeout = {(int)(worker.DrainTime + TimeSpan.FromSeconds(10)).TotalMilliseconds}ms", HoconAddMode.Prepend)
            .AddHocon("""
                akka.cluster.sharding.distributed-data.durable.keys = []
                akka.cluster.sharding.state-store-mode = ddata
                akka.cluster.min-nr-of-members = 1
                # Find the shard coordinator and the registry quickly after start (defaults: 2 s and 1 s).
                akka.cluster.sharding.retry-interval = 200ms
                akka.cluster.singleton-proxy.singleton-identification-interval = 200ms
                akka.coordinated-shutdown.exit-clr = off
                # Akka 1.5 logs this warning long before the 30 s it names; workers report a missing registry themselves.
                akka.cluster.singleton-proxy.log-singleton-identification-failure = false
                """, HoconAddMode.Prepend)
            .AddSweepSerialization()
            .AddClusterFormation(node)
            .AddNodeHealthChecks(node, storage);

        if (coordinates)
        {
            var journal = storage.IsPostgres ? JournalLocation.Postgres(storage.ConnectionString!) : JournalLocation.Sqlite(Path.Combine(storage.DataDirectory, "journal.db"));
            builder
                .AddSweepPersistence(storage)
                .WithSingleton<SweepRegistryKey>("sweep-registry", Props.Create(() => new SweepRegistry()),
                    new ClusterSingletonOptions { Role = ClusterRoles.Coordinator })
                .WithShardRegion<CoordinatorRegionKey>("sweep",
                    id => Props.Create(() => new SweepCoordinator(id, store, coordinator, journal)),
                    new SweepMessageExtractor(),
                    new ShardOptions
                    {
                        Role = ClusterRoles.Coordinator,
                        StateStoreMode = StateStoreMode.DData,
                        RememberEntities = false,
                        HandOffStopMessage = StopCoordinator.Instance,
                    });
        }
        else
        {
            builder
                .WithSingletonProxy<SweepRegistryKey>("sweep-registry", new ClusterSingletonOptions { Role = ClusterRoles.Coordinator })
                .WithShardRegionProxy<CoordinatorRegionKey>("sweep", ClusterRoles.Coordinator, new SweepMessageExtractor());
        }

        if (node.Roles.Contains(ClusterRoles.Worker))
        {
            builder.WithActors((system, registry) =>
            {
                var workerId = $"{node.PublicHostname ?? node.Hostname}:{Cluster.Get(system).SelfAddress.Port}/{Environment.ProcessId}";
                var actor = system.ActorOf(Props.Create(() => new SweepWorker(workerId, registry.Get<CoordinatorRegionKey>(), store, worker)), "worker");
                registry.Register<WorkerKey>(actor);
                WorkerDrain.Register(system, actor, worker.DrainTime);
            });
        }

        if (node.Seeds.Count == 0 && !node.UsesBootstrap)
        {
            // No seeds configured: this node forms a cluster of its own (embedded mode, first seed).
            builder.WithActors((system, _) => Cluster.Get(system).Join(Cluster.Get(system).SelfAddress));
        }

        return builder;
    }

    /// <summary>The configured seeds; none under cluster bootstrap, which finds the cluster itself.</summary>
    private static string[] SeedNodes(NodeOptions node) =>
        node.UsesBootstrap ? [] : node.Tls.Enabled ? node.Seeds.Select(TlsOptions.SeedAddress).ToArray() : node.Seeds.ToArray();

    private static RemoteOptions Remoting(NodeOptions node)
    {
        var ssl = RemotingTls.For(node.Tls);
        var plain = new RemoteOptions { HostName = node.Hostname, PublicHostName = node.PublicHostname ?? node.Hostname, Port = node.Port };
        return ssl is null ? plain : new RemoteOptions { HostName = plain.HostName, PublicHostName = plain.PublicHostName, Port = plain.Port, EnableSsl = true, Ssl = ssl };
    }
}
