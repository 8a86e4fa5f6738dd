using System.Diagnostics;
using Akka.Actor;
using Akka.Hosting;
using Expressivity.Actors.Coordinator;
using Expressivity.Actors.Hosting;
using Expressivity.Actors.Protocol;
using Expressivity.Actors.Storage;
using Expressivity.Actors.Workers;
using Expressivity.Domain.Results;
using Expressivity.Domain.Sweeps;
using Microsoft.Extensions.DependencyInjection;

namespace Expressivity.Seed.Embedded;

/// <summary>
/// <c>seed run</c>: a one-process cluster (seed, coordinator and worker roles, SQLite) that runs one
/// sweep to the end, shows progress and prints the result. Progress is persisted as it happens, so the
/// same command after an interruption resumes where it stopped.
/// </summary>
public static class EmbeddedRun
{
    /// <summary>Runs and returns the exit code (0 completed, 2 invalid input, 1 other failure).</summary>
    public static async Task<int> Execute(RunArguments args, CancellationToken cancel)
    {
        // Validate before touching the data directory: a bad spec must leave no trace.
        var definition = SweepDefinition.Load(args.SpecPath);
        args.Limits.Check(definition);
        var clock = Stopwatch.StartNew();
        var startedAt = DateTimeOffset.UtcNow;
        var node = new NodeOptions
        {
            Port = 0,
            Roles = [ClusterRoles.Seed, ClusterRoles.Coordinator, ClusterRoles.Worker],
        };
        var storage = new StorageOptions { Provider = "sqlite", DataDirectory = args.DataDirectory };
        // A journal that cannot be written is reported before anything starts: one line naming the file and the cause.
        Directory.CreateDirectory(args.DataDirectory);
        JournalProbe.Check(Path.Combine(args.DataDirectory, "journal.db"));
        var worker = new WorkerOptions { Capacity = args.Workers, UnitLogPath = args.UnitLog };
        // Plain runs keep the terminal for progress and the result: the node's warnings go to node.log only.
        var level = args.Verbose ? Microsoft.Extensions.Logging.LogLevel.Information : Microsoft.Extensions.Logging.LogLevel.Warning;
        using var host = SweepNodeHost.Build(node, storage, new CoordinatorOptions { ValidateFraction = args.Validate }, worker, level, args.Verbose);
        await host.StartAsync(cancel);
        try
        {
            var system = host.Services.GetRequiredService<ActorSystem>();
            await SweepNodeHost.WhenUp(system, cancel).WaitAsync(TimeSpan.FromSeconds(60), cancel);
            await using var dashboard = await EmbeddedDashboard.Start(system, args, cancel);
            var region = ActorRegistry.For(system).Get<CoordinatorRegionKey>();
            var started = await region.Ask<SweepCommandReply>(new StartSweep(definition.Id, definition.NormalJson, args.Fresh), TimeSpan.FromSeconds(60), cancel);
            if (!started.Ok) throw new InvalidOperationException(started.Message);
            if (!args.Json && args.Progress != "none") Console.Error.WriteLine($"sweep {definition.Id}: {started.Message}");

            var view = new ProgressView(args.Progress);
            SweepStatus status;
            var faults = JournalFaults.Of(system);
            while (true)
            {
                status = await AskStatus(region, definition.Id, faults, cancel);
                view.Show(status);
                // A pause ends the run, except when the dashboard is watching: it can resume the sweep.
                if (SweepPhase.IsFinal(status.State) || (status.State == SweepPhase.Paused && args.DashboardPort is null)) break;
                await Task.Delay(200, cancel);
            }

            view.Finish();
            if (status.RecomputedUnits > 0)
                Console.Error.WriteLine($"integrity: {status.RecomputedUnits} completed unit(s) were recomputed because their stored partials were missing or damaged");
            ResultPrinter.Print(status, args.Json, clock.Elapsed, Console.Out, Provenance.Capture(definition.NormalJson, startedAt));
            if (status.State == SweepPhase.Failed && status.Error is not null) Console.Error.WriteLine($"error: {status.Error}");
            var code = status.State == SweepPhase.Completed ? 0 : 1;
            await dashboard.Linger(cancel);
            return code;
        }
        catch (AskTimeoutException)
        {
            // The coordinator went silent: the usual cause is a journal it cannot write or read. Name it if so.
            var system = host.Services.GetRequiredService<ActorSystem>();
            if (JournalFaults.Of(system).Find(definition.Id) is { } fault) throw fault;
            if (storage.Provider == "sqlite") JournalProbe.Check(Path.Combine(storage.DataDirectory, "journal.db"));
            throw new TimeoutException("the sweep coordinator did not answer (journal.db is writable; see the log lines above for the cause)");
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>
    /// The sweep's status, waiting up to 30 s. A coordinator stopped by a journal fault drops the question
    /// it was holding; its next incarnation answers (failed, with the cause), so ask that one again.
    /// </summary>
    private static async Task<SweepStatus> AskStatus(IActorRef region, string sweepId, JournalFaults faults, CancellationToken cancel)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return await region.Ask<SweepStatus>(new GetSweepStatus(sweepId), TimeSpan.FromSeconds(5), cancel);
            }
            catch (AskTimeoutException) when (clock.Elapsed < TimeSpan.FromSeconds(faults.Find(sweepId) is null ? 25 : 10))
            {
            }
        }
    }
}
