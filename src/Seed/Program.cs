using Expressivity.Actors.Checkpoints;
using Expressivity.Actors.Hosting;
using Expressivity.Domain.Sweeps;
using Expressivity.Seed;
using Expressivity.Seed.Checkpoints;
using Expressivity.Seed.Embedded;

// The seed host. `run` is the embedded one-process cluster; see --help.
const string usage = """
    Expressivity Cluster seed node

    usage:
      seed run <spec.json> [options]   run one sweep on an embedded cluster and print its result
      seed estimate <spec.json> [limits]  print what a sweep would cost (units, plan, partials, CPU-hours); exit 2 above a limit
      seed picture <spec.json> --out <file.png>   draw a spec as a PNG (see seed picture --help)
      seed export <sweep-id|spec.json> --out <file.ckpt>   save a sweep's progress to a checkpoint file
      seed import <file.ckpt>           load a checkpoint into an empty storage, to continue there
      seed serve [settings]             run a seed node (seed + coordinator roles, command host) until SIGTERM
      seed --help                       this text

    serve settings (appsettings.json, EXPRESSIVITY_* environment variables, or flags):
      --hostname <ip>   --public-hostname <name>   --port <n> (4053)   --seed <akka.tcp://expressivity@host:port>
      --storage sqlite|postgresql   --data-dir <dir>   --connection-string <npgsql>
      --cmd-host <ip> (127.0.0.1)   --cmd-port <n> (9110)   --secret <s>   --metrics none|prometheus|otlp
      --dashboard <port>   --dashboard-host <ip> (127.0.0.1)   web dashboard (docs/dashboard.md); actions need --secret
      --config <file.json>   or any key as --Section:Key=value (see docs/operations.md)

    """;

if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
{
    Console.Out.Write(usage + RunArguments.Usage + "\n");
    return args.Length == 0 ? 2 : 0;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    Console.Error.WriteLine("interrupted: progress so far is saved; run the same command to resume");
    cancel.Cancel();
};

try
{
    return args[0] switch
    {
        "run" when args.Skip(1).Contains("--help") => Help(RunArguments.Usage),
        "run" => await EmbeddedRun.Execute(RunArguments.Parse(args[1..]), cancel.Token),
        "export" or "import" when args.Skip(1).Contains("--help") => Help(CheckpointArguments.Usage),
        "export" => await CheckpointCommand.Export(CheckpointArguments.Parse("export", args[1..]), cancel.Token),
        "import" => await CheckpointCommand.Import(CheckpointArguments.Parse("import", args[1..]), cancel.Token),
        "estimate" => Estimate(args[1..]),
        "picture" => Expressivity.Seed.Pictures.PictureCommand.Execute(args[1..]),
        "serve" => await ServeMode.Run(NodeSettings.Load(args[1..], SeedDefaults.Values), "seed", Expressivity.Dashboard.DashboardServer.Attach),
        _ => throw new ArgumentException($"unknown command '{args[0]}' (try --help)"),
    };
}
catch (SpecException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}
catch (CheckpointException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}
catch (Exception e) when (StorageFaultException.Find(e) is { } fault)
{
    // Which file, which operation, what the database and the OS said: never a bare timeout.
    Console.Error.WriteLine($"error: {fault.Message}");
    return 1;
}
catch (OperationCanceledException) when (cancel.IsCancellationRequested)
{
    return 1;
}
catch (Exception e)
{
    Console.Error.WriteLine($"error: {e.GetType().Name}: {e.Message}");
    return 1;
}

// Prints the cost model's estimate, then applies the limits as `run` would (a refusal is exit 2).
static int Estimate(string[] rest)
{
    var run = RunArguments.Parse(rest);
    var definition = SweepDefinition.Load(run.SpecPath);
    var cost = definition.Kind.Estimate(definition.Spec);
    Console.Out.WriteLine($"sweep {definition.Id}: {cost}");
    run.Limits.Check(definition);
    Console.Out.WriteLine("within the limits");
    return 0;
}

static int Help(string text)
{
    Console.Out.WriteLine(text);
    return 0;
}
