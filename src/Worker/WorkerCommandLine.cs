using System.CommandLine;
using Expressivity.Actors.Hosting;
using Expressivity.Commands.Wire.Shell;

namespace Expressivity.Worker;

/// <summary>The worker's verbs on System.CommandLine: <c>serve</c> (its help prints and exits), <c>--version</c>, <c>completions</c>.</summary>
public static class WorkerCommandLine
{
    /// <summary>The root command; <paramref name="args"/> are the process arguments, which NodeSettings binds.</summary>
    public static RootCommand Build(string[] args)
    {
        var root = new RootCommand("Expressivity Cluster worker node: joins the cluster through its seeds and runs units on every core.");
        var serve = CommandLineShell.Verb("serve", "Join the cluster (worker role) and run units until SIGTERM. --seed is required. Settings come from appsettings.json, an optional --config file, EXPRESSIVITY_* environment variables and flags, later winning; any key may be given as --Section:Key=value (docs/operations.md lists them).",
            NodeCommandLine.Options(4054, 9111));
        serve.SetAction((_, _) => ServeMode.Run(NodeSettings.Load(CommandLineShell.After(args, "serve"), WorkerDefaults.Values), "worker"));
        root.Subcommands.Add(serve);
        root.Subcommands.Add(CompletionScript.Verb("worker"));
        return root;
    }
}
