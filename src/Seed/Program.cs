using Expressivity.Domain.Sweeps;
using Expressivity.Seed.Embedded;

// The seed host. `run` is the embedded one-process cluster; see --help.
const string usage = """
    Expressivity Cluster seed node

    usage:
      seed run <spec.json> [options]   run one sweep on an embedded cluster and print its result
      seed --help                       this text

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
        _ => throw new ArgumentException($"unknown command '{args[0]}' (try --help)"),
    };
}
catch (SpecException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
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

static int Help(string text)
{
    Console.Out.WriteLine(text);
    return 0;
}
