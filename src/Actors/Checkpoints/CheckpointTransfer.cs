using Akka.Actor;
using Akka.Hosting;
using Akka.Remote.Hosting;
using Expressivity.Actors.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Expressivity.Actors.Checkpoints;

/// <summary>
/// Moves a sweep's progress between a storage (SQLite data directory or PostgreSQL database) and a
/// <see cref="SweepCheckpoint"/>. Uses a local actor system with the same journal plugin and serializer
/// as the nodes, so the journal is read and written exactly as a coordinator does it; no cluster starts.
/// </summary>
public static class CheckpointTransfer
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(10);

    /// <summary>The sweep's progress, or an exception when the storage has no such sweep.</summary>
    public static async Task<SweepCheckpoint> Export(StorageOptions storage, string sweepId, CancellationToken cancel = default)
    {
        var snapshot = await RunJournalActor(storage, sweepId, null, cancel)
            ?? throw new CheckpointException($"no sweep {sweepId} in {Describe(storage)}");
        var store = PersistenceHostingExtensions.CreatePartialStore(storage);
        try
        {
            return new SweepCheckpoint(snapshot, store.ReadSweep(sweepId).ToList());
        }
        finally
        {
            (store as IDisposable)?.Dispose();
        }
    }

    /// <summary>Writes a checkpoint into a storage that does not know the sweep yet.</summary>
    public static async Task Import(StorageOptions storage, SweepCheckpoint checkpoint, CancellationToken cancel = default)
    {
        // Stored partials first: rewriting them is harmless, and the journal event is what makes the sweep exist.
        var store = PersistenceHostingExtensions.CreatePartialStore(storage);
        try
        {
            foreach (var unit in checkpoint.StoredPartials.GroupBy(p => p.UnitId, StringComparer.Ordinal))
                store.PutUnit(checkpoint.SweepId, unit.Key, unit.ToDictionary(p => p.Bucket, p => p.Data));
        }
        finally
        {
            (store as IDisposable)?.Dispose();
        }

        await RunJournalActor(storage, checkpoint.SweepId, checkpoint.State, cancel);
    }

    private static async Task<Coordinator.CoordinatorSnapshot?> RunJournalActor(
        StorageOptions storage, string sweepId, Coordinator.CoordinatorSnapshot? toImport, CancellationToken cancel)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddAkka("expressivity-checkpoint", (akka, _) =>
        {
            akka.ConfigureLoggers(l =>
            {
                l.LogLevel = Akka.Event.LogLevel.WarningLevel;
                l.ClearLoggers();
                l.AddLoggerFactory();
            });
            akka.AddHocon("akka.coordinated-shutdown.exit-clr = off", HoconAddMode.Prepend);
            // Loopback remoting on a free port: the wire policy of AddSweepSerialization names remoting's serializers.
            akka.WithRemoting(new RemoteOptions { HostName = "127.0.0.1", Port = 0 });
            akka.AddSweepSerialization().AddSweepPersistence(storage);
        });
        using var host = builder.Build();
        await host.StartAsync(cancel);
        try
        {
            var system = host.Services.GetRequiredService<ActorSystem>();
            var done = new TaskCompletionSource<Coordinator.CoordinatorSnapshot?>(TaskCreationOptions.RunContinuationsAsynchronously);
            system.ActorOf(Props.Create(() => new CheckpointJournalActor(sweepId, toImport, done)), "checkpoint");
            return await done.Task.WaitAsync(Limit, cancel);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    private static string Describe(StorageOptions storage) =>
        storage.IsPostgres ? "the PostgreSQL database" : $"data directory '{Path.GetFullPath(storage.DataDirectory)}'";
}
