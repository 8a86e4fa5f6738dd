using System.CommandLine;
using Expressivity.Cli;
using Expressivity.Commands.Wire;
using Expressivity.Commands.Wire.Shell;
using Expressivity.Domain.Sweeps;

// ecmd: the operator client of Expressivity Cluster (Petabridge.Cmd's habits, our own tool).
var root = new RootCommand("""
    ecmd: operator client for Expressivity Cluster.
      ecmd [host:port] [--secret s] <palette> <command> [args]   one command (default host 127.0.0.1:9110)
      ecmd [host:port] [--secret s]                               interactive prompt
      ecmd help [palette]                                         palettes and commands, as the node serves them
    Palettes and commands (docs/operations.md, "Command reference"):
      cluster           show | leader | join <address> | leave [address] | down <address> | down-unreachable | tail
      cluster-sharding  regions | shard-stats [-r type] | region-stats [-r type]
      sweep             start <spec.json> [--fresh] | list | status <id> | watch <id> | pause | resume | cancel <id> | results <id> [--csv]
      node              health | status
      log               peek [n] | slurp | tail
      actor             hierarchy [--depth n]
    Listings take --json (one line, camelCase fields). The secret may also be given as EXPRESSIVITY_SECRET
    (or EXPRESSIVITY_CommandHost__Secret); a node listening beyond loopback requires it for every command.
    Exit codes: 0 ok, 1 failure (no such sweep, no such member), 2 usage, 3 refused, 4 busy.
    """)
{
    TreatUnmatchedTokensAsErrors = false, // a palette's own flags (-r, --json, --fresh) go to the node as typed
};
root.Arguments.Add(new Argument<string[]>("command") { Arity = ArgumentArity.ZeroOrMore, Description = "[host:port] <palette> <command> [args]; none opens the prompt" });
root.Options.Add(CommandLineShell.Value("--secret", "the command host's shared secret"));
root.Subcommands.Add(CompletionScript.Verb("ecmd"));

CliArguments cli = null!;
root.SetAction((_, _) =>
{
    cli = CliArguments.Parse(args);
    return Session();
});

try
{
    return await CommandLineShell.Invoke(root, args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}

async Task<int> Session()
{
    using var cancel = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = true;
        cancel.Cancel();
    };

    if (cli.Command.Count > 0) return await Run(cli.Command, cancel.Token);

    Console.Out.WriteLine($"connected to {cli.Host}:{cli.Port}; 'help' lists commands, 'exit' quits");
    while (true)
    {
        Console.Out.Write($"[{cli.Host}:{cli.Port}] ecmd> ");
        var line = Console.In.ReadLine();
        if (line is null || line.Trim() is "exit" or "quit") return 0;
        var words = CliArguments.SplitLine(line);
        if (words.Count == 0) continue;
        using var each = new CancellationTokenSource();
        ConsoleCancelEventHandler stop = (_, e) =>
        {
            e.Cancel = true;
            each.Cancel();
        };
        Console.CancelKeyPress += stop;
        await Run(words, each.Token);
        Console.CancelKeyPress -= stop;
    }
}

async Task<int> Run(IReadOnlyList<string> words, CancellationToken token)
{
    string? attachment = null;
    if (words is ["sweep", "start", var path, ..])
    {
        try
        {
            attachment = SpecFile.Read(path);
        }
        catch (SpecException e)
        {
            Console.Error.WriteLine($"error: {e.Problem}");
            return 2;
        }
    }

    try
    {
        return await CommandClient.Send(cli.Host, cli.Port, new CommandRequest(cli.Secret, words, attachment), Console.Out, token);
    }
    catch (IOException e)
    {
        Console.Error.WriteLine($"error: {e.Message}");
        return 1;
    }
}
