using Akka.Cluster;
using Akka.Hosting;
using Expressivity.Actors.Commands;
using Expressivity.Actors.Coordinator;
using Expressivity.Actors.Metrics;
using Expressivity.Actors.Storage;
using Expressivity.Actors.Workers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Expressivity.Actors.Hosting;

/// <summary>Builds the generic host of a node: logging to stderr, the actor system with its roles, command host, metrics.</summary>
public static class SweepNodeHost
{
    /// <summary>
    /// Creates (does not start) a host for an embedded node: no command host, no metrics export. Its log
    /// goes to <see cref="NodeLogging.FileName"/> in the data directory (errors also to stderr), and every
    /// line to stderr as well when <paramref name="verbose"/>.
    /// </summary>
    public static IHost Build(NodeOptions node, StorageOptions storage, CoordinatorOptions coordinator, WorkerOptions worker, LogLevel logLevel = LogLevel.Warning, bool verbose = false) =>
        Build(new NodeSettings(node, storage, coordinator, worker, new CommandHostOptions { Enabled = false }, new MetricsOptions()), logLevel,
            storage.IsPostgres ? null : Path.Combine(storage.DataDirectory, NodeLogging.FileName), echo: verbose);

    /// <summary>
    /// Creates (does not start) a host for a node with every setting given; logs to stderr, or to <paramref name="logFile"/>
    /// (echoed to stderr when <paramref name="echo"/>; see <see cref="NodeLogging"/>).
    /// </summary>
    public static IHost Build(NodeSettings settings, LogLevel logLevel = LogLevel.Warning, string? logFile = null, bool echo = false)
    {
        settings.Validate();
        // Refuse before anything is opened: a taken port or a data directory in use ends here (exit 2).
        RemotingPort.EnsureFree(settings.Node);
        var held = settings.Storage.IsPostgres ? null : DataDirectoryLock.Take(settings.Storage.DataDirectory);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        var logs = new LogBuffer();
        NodeLogging.Configure(builder.Logging, logLevel, logFile, echo);
        builder.Logging.AddProvider(logs);
        builder.Services.AddSingleton(logs);
        builder.Services.AddSingleton(settings.CommandHost);
        if (held is not null) builder.Services.AddHostedService(_ => new DataDirectoryLease(held));
        var store = PersistenceHostingExtensions.CreatePartialStore(settings.Storage);
        builder.Services.AddSingleton(store);
        builder.Services.AddSweepMetrics(settings.Metrics);
        // The checks Akka.Hosting registers (NodeHealthChecks) run in this service; HealthRoutes serves them.
        builder.Services.AddHealthChecks();
        // A failing check is an answer (503 on the health route), not an error: the service would log one per probe.
        builder.Logging.AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.None);
        builder.Services.AddAkka(settings.Node.SystemName, (akka, _) =>
        {
            akka.ConfigureLoggers(l =>
            {
                l.LogLevel = ToAkka(logLevel);
                l.ClearLoggers();
                l.AddLoggerFactory();
            });
            akka.AddSweepNode(settings.Node, settings.Storage, store, settings.Coordinator, settings.Worker);
        });
        // After AddAkka, so it runs on the started system; a refusal fails host start (exit 2).
        builder.Services.AddHostedService<WireSerializerCheck>();
        if (settings.Node.ServesManagement)
            builder.Services.AddHostedService(sp => ActivatorUtilities.CreateInstance<ManagementEndpoint>(sp, settings.Node));
        if (settings.CommandHost.Enabled)
        {
            builder.Services.AddSingleton<CommandHostService>();
            builder.Services.AddHostedService(sp => sp.GetRequiredService<CommandHostService>());
        }

        return builder.Build();
    }

    /// <summary>Completes when this node is an Up member of the cluster.</summary>
    public static Task WhenUp(Akka.Actor.ActorSystem system, CancellationToken cancel)
    {
        var up = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Cluster.Get(system).RegisterOnMemberUp(() => up.TrySetResult());
        cancel.Register(() => up.TrySetCanceled(cancel));
        return up.Task;
    }

    private static Akka.Event.LogLevel ToAkka(LogLevel level) => level switch
    {
        LogLevel.Trace or LogLevel.Debug => Akka.Event.LogLevel.DebugLevel,
        LogLevel.Information => Akka.Event.LogLevel.InfoLevel,
        LogLevel.Warning => Akka.Event.LogLevel.WarningLevel,
        _ => Akka.Event.LogLevel.ErrorLevel,
    };
}
