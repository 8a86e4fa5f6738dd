using Akka.Cluster;
using Akka.Hosting;
using Expressivity.Actors.Coordinator;
using Expressivity.Actors.Workers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Expressivity.Actors.Hosting;

/// <summary>Builds the generic host of a node: logging to stderr, the actor system with the node's roles.</summary>
public static class SweepNodeHost
{
    /// <summary>Creates (does not start) a host for one node.</summary>
    public static IHost Build(NodeOptions node, StorageOptions storage, CoordinatorOptions coordinator, WorkerOptions worker, LogLevel logLevel = LogLevel.Warning)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        // stdout carries results and JSON only: every log line goes to stderr.
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(logLevel);
        var store = PersistenceHostingExtensions.CreatePartialStore(storage);
        builder.Services.AddSingleton(store);
        builder.Services.AddAkka(node.SystemName, (akka, _) =>
        {
            akka.ConfigureLoggers(l =>
            {
                l.LogLevel = ToAkka(logLevel);
                l.ClearLoggers();
                l.AddLoggerFactory();
            });
            akka.AddSweepNode(node, storage, store, coordinator, worker);
        });
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
