using Akka.Actor;
using Akka.Hosting;
using Expressivity.Actors.Commands;
using Expressivity.Actors.Hosting;
using Expressivity.Actors.Protocol;
using Expressivity.Actors.Registry;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Actors.Coordinator;

/// <summary><c>sweep start | list | status | watch | pause | resume | cancel | results</c>.</summary>
public sealed class SweepPalette : IPalette
{
    /// <summary>Starts sent again after the journal refused one (a stale connection after a database restart).</summary>
    private const int StartRetries = 5;

    /// <inheritdoc />
    public string Name => "sweep";

    /// <inheritdoc />
    public IReadOnlyList<(string Command, string Help)> Commands =>
    [
        ("start <spec.json> [--fresh] [--max-cpu-hours h] [--max-plan-mb m] [--max-partial-gb g]",
            "starts (or resumes) the sweep a spec file describes; prints its id. Refused (exit 2) when its cost estimate is above a limit (defaults 24 CPU-hours, 256 MiB plan, 16 GiB partials)"),
        ("list [--json]", "every sweep: id | kind | state | updated"),
        ("status <id> [--json]", "progress of one sweep"),
        ("watch <id>", "live progress: rate, ETA, in-flight units, throughput of the workers that are members now, stalls, a missing coordinator"),
        ("pause <id>", "stop leasing units (running units finish)"),
        ("resume <id>", "lease units again"),
        ("cancel <id>", "end the sweep without a result"),
        ("results <id> [--json|--csv]", "the result of a completed sweep"),
    ];

    /// <inheritdoc />
    public async Task<int> Run(string command, IReadOnlyList<string> args, CommandContext context)
    {
        var registry = ActorRegistry.For(context.System);
        var region = registry.Get<CoordinatorRegionKey>();
        switch (command)
        {
            case "start":
                return await Start(region, args, context);
            case "list":
                var list = await registry.Get<SweepRegistryKey>().Ask<SweepList>(ListSweeps.Instance, CommandContext.AskTimeout, context.Cancel);
                if (CommandJson.Wanted(args))
                {
                    CommandJson.Write(context.Out, list.Sweeps);
                    return 0;
                }

                foreach (var s in list.Sweeps) context.Out.WriteLine($"{s.SweepId} | {s.Kind} | {s.State} | {s.UpdatedUtc:yyyy-MM-dd HH:mm:ss}Z");
                context.Out.WriteLine($"Count: {list.Sweeps.Count} sweeps");
                return 0;
            case "status":
                var status = await Status(region, Id(args), context);
                if (CommandJson.Wanted(args))
                {
                    context.Out.WriteLine(ProgressText.Json(status));
                    return status.State == "unknown" ? 1 : 0;
                }

                if (status.State == "unknown")
                {
                    context.Out.WriteLine(SweepWatchView.NoSuchSweep(status.SweepId));
                    return 1;
                }

                context.Out.WriteLine($"{status.SweepId} ({status.Kind})");
                context.Out.WriteLine($"{ProgressText.Bar(status.StageUnitsDone, status.StageUnitsTotal)} {ProgressText.Describe(status)}");
                if (status.Error is not null) context.Out.WriteLine($"error: {status.Error}");
                return status.State == "unknown" ? 1 : 0;
            case "watch":
                return await Watch(region, Id(args), context);
            case "pause":
                return Reply(await region.Ask<SweepCommandReply>(new PauseSweep(Id(args)), CommandContext.AskTimeout, context.Cancel), context);
            case "resume":
                return Reply(await region.Ask<SweepCommandReply>(new ResumeSweep(Id(args)), CommandContext.AskTimeout, context.Cancel), context);
            case "cancel":
                return Reply(await region.Ask<SweepCommandReply>(new CancelSweep(Id(args)), CommandContext.AskTimeout, context.Cancel), context);
            default:
                return await Results(region, args, context);
        }
    }

    private static async Task<int> Start(IActorRef region, IReadOnlyList<string> args, CommandContext context)
    {
        if (context.Attachment is null) throw new CommandUsageException("start needs a spec file: sweep start <spec.json>");
        SweepDefinition definition;
        try
        {
            var limits = ResourceLimits.Default;
            for (var i = 0; i < args.Count; i++)
            {
                if (!ResourceLimits.IsFlag(args[i])) continue;
                if (i + 1 >= args.Count) throw new CommandUsageException($"{args[i]} needs a value");
                limits = limits.With(args[i], args[++i]);
            }

            definition = SweepDefinition.Parse(context.Attachment);
            limits.Check(definition);
        }
        catch (ArgumentException e)
        {
            context.Out.WriteLine($"error: {e.Message}");
            return 2;
        }
        catch (SpecException e)
        {
            context.Out.WriteLine($"error: {e.Message}");
            return 2;
        }

        var start = new StartSweep(definition.Id, definition.NormalJson, args.Contains("--fresh"));
        var reply = await region.Ask<SweepCommandReply>(start, TimeSpan.FromSeconds(30), context.Cancel);
        // Right after a database restart the coordinator's pooled connection may be a dead one: it refuses the
        // start naming the journal fault and stops; the next incarnation writes on a new connection.
        for (var attempt = 1; !reply.Ok && reply.Message.StartsWith(SweepCoordinator.JournalFaultPrefix, StringComparison.Ordinal) && attempt <= StartRetries; attempt++)
        {
            await Task.Delay(TimeSpan.FromSeconds(attempt), context.Cancel);
            reply = await region.Ask<SweepCommandReply>(start, TimeSpan.FromSeconds(30), context.Cancel);
        }

        context.Out.WriteLine(reply.Ok ? $"{definition.Id}: {reply.Message}" : $"error: {reply.Message}");
        return reply.Ok ? 0 : 1;
    }

    // Keeps watching through a missing coordinator or a journal outage, saying so, until the sweep is final.
    private static Task<int> Watch(IActorRef region, string id, CommandContext context) =>
        SweepWatchView.Follow(
            cancel => region.Ask<SweepStatus>(new GetSweepStatus(id), SweepWatchView.AskTimeout, cancel),
            () => SweepWatchView.ViewOf(Akka.Cluster.Cluster.Get(context.System).State),
            context.Out, TimeSpan.FromSeconds(1), context.Cancel);

    private static async Task<int> Results(IActorRef region, IReadOnlyList<string> args, CommandContext context)
    {
        var status = await Status(region, Id(args), context);
        if (status.State == "unknown" && !args.Contains("--json"))
        {
            context.Out.WriteLine(SweepWatchView.NoSuchSweep(status.SweepId));
            return 1;
        }

        if (args.Contains("--json"))
        {
            context.Out.WriteLine(ProgressText.Json(status));
        }
        else if (args.Contains("--csv"))
        {
            ProgressText.WriteCsv(ProgressText.Rows(status), context.Out);
        }
        else
        {
            ProgressText.WriteTable(ProgressText.Rows(status), context.Out);
        }

        return status.State == SweepPhase.Completed ? 0 : 1;
    }

    private static Task<SweepStatus> Status(IActorRef region, string id, CommandContext context) =>
        region.Ask<SweepStatus>(new GetSweepStatus(id), CommandContext.AskTimeout, context.Cancel);

    private static int Reply(SweepCommandReply reply, CommandContext context)
    {
        context.Out.WriteLine(reply.Ok ? $"{reply.SweepId}: {reply.Message}" : $"error: {reply.Message}");
        return reply.Ok ? 0 : 1;
    }

    private static string Id(IReadOnlyList<string> args) =>
        args.FirstOrDefault(a => !a.StartsWith('-')) ?? throw new CommandUsageException("this command needs a sweep id (see 'sweep list')");
}
