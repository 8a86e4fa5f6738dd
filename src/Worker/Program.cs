using Expressivity.Actors.Hosting;
using Expressivity.Domain.Sweeps;
using Expressivity.Worker;

// The worker host: joins the cluster through its seeds and runs units on every core.
const string usage = """
    Expressivity Cluster worker node

    usage:
      worker serve [settings]   join the cluster (worker role) and run units until SIGTERM
      worker --help             this text

    settings (appsettings.json, EXPRESSIVITY_* environment variables, or flags):
      --seed <akka.tcp://expressivity@host:4053>   (required)
      --hostname <ip> (127.0.0.1)   --public-hostname <name>   --port <n> (4054)   --capacity <units at once> (cores)
      --storage sqlite|postgresql   --connection-string <npgsql>   --data-dir <dir>
      --cmd-host <ip> (127.0.0.1)   --cmd-port <n> (9111)   --secret <s>   --metrics none|prometheus|otlp
      --config <file.json>   or any key as --Section:Key=value (see docs/operations.md)
    """;

if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
{
    Console.Out.Write(usage);
    return args.Length == 0 ? 2 : 0;
}

try
{
    return args[0] switch
    {
        "serve" => await ServeMode.Run(NodeSettings.Load(args[1..], WorkerDefaults.Values), "worker"),
        _ => throw new ArgumentException($"unknown command '{args[0]}' (try --help)"),
    };
}
catch (Exception e) when (e is ArgumentException or SpecException)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}
catch (Exception e)
{
    Console.Error.WriteLine($"error: {e.GetType().Name}: {e.Message}");
    return 1;
}
