using System.CommandLine;
using Expressivity.Actors.Hosting;
using Expressivity.Commands.Wire.Shell;
using Expressivity.Domain.Sweeps;
using Expressivity.Seed.Checkpoints;
using Expressivity.Seed.Embedded;
using Expressivity.Seed.Pictures;
using Expressivity.Seed.Results;
using static Expressivity.Commands.Wire.Shell.CommandLineShell;

namespace Expressivity.Seed;

/// <summary>
/// The seed's verbs on System.CommandLine: help for each (<c>seed serve --help</c> prints and exits), <c>--version</c>,
/// <c>completions</c>. Each verb still hands its own arguments to its parser (RunArguments, NodeSettings, ...), which
/// names the field in every refusal (exit code 2).
/// </summary>
public static class SeedCommandLine
{
    /// <summary>The root command; <paramref name="args"/> are the process arguments, read again by each verb's parser.</summary>
    public static RootCommand Build(string[] args, CancellationToken cancel)
    {
        var root = new RootCommand("Expressivity Cluster seed node: an embedded one-process run, cost estimates, pictures, checkpoints, or a serving seed node.");
        root.Subcommands.Add(Run(args, cancel));
        root.Subcommands.Add(Estimate(args));
        root.Subcommands.Add(Picture(args));
        root.Subcommands.Add(Tidy(args));
        root.Subcommands.Add(ResultsVerb(args));
        root.Subcommands.Add(ListVerb(args));
        root.Subcommands.Add(ExportResults(args));
        root.Subcommands.Add(Compare(args));
        root.Subcommands.Add(Export(args, cancel));
        root.Subcommands.Add(Import(args, cancel));
        root.Subcommands.Add(Serve(args));
        root.Subcommands.Add(CompletionScript.Verb("seed"));
        return root;
    }

    /// <summary>The options of <c>run</c> and <c>estimate</c> (help and completion; RunArguments validates).</summary>
    private static Symbol[] RunSymbols() =>
    [
        Positional("spec.json", "the sweep spec file"),
        Flag("--json", "print the result as one JSON object on stdout"),
        Flag("--fresh", "discard earlier progress of this sweep and start again"),
        Value("--data-dir", "where journal.db and partials.db live (default ./data)"),
        Value("--workers", "units run at once, 0..1024 (default: one per core)"),
        Value("--progress", "where progress goes (stderr): auto | bar | lines | none", "auto", "bar", "lines", "none"),
        Value("--unit-log", "append a line for every unit started and finished (audits)"),
        Flag("--verbose", "also print the node's log (Akka, coordinator, workers; information level) on stderr; it always goes to <data-dir>/node.log"),
        Value("--validate", "fraction 0..1 of units computed a second time and compared exactly (default 0; docs/design/validation.md)"),
        Value("--dashboard", "serve the web dashboard on 127.0.0.1:<port> (0: any free port), kept after the result until Ctrl+C (docs/dashboard.md)"),
        Value("--dashboard-host", "address the dashboard binds (default 127.0.0.1)"),
        Value("--max-cpu-hours", "refuse sweeps estimated above this many CPU-hours (default 24)"),
        Value("--max-plan-mb", "refuse sweeps whose unit plan is estimated above this many MiB (default 256)"),
        Value("--max-partial-gb", "refuse sweeps estimated to write above this many GiB of partials (default 16)"),
    ];

    private static Command Run(string[] args, CancellationToken cancel)
    {
        var verb = Verb("run", "Run one sweep on an embedded one-process cluster (SQLite) and print its result; rerunning the same spec resumes it. Exit codes: 0 completed, 2 invalid spec or arguments (or an estimate above a limit), 1 any other failure.", RunSymbols());
        verb.SetAction((_, _) => EmbeddedRun.Execute(RunArguments.Parse(After(args, "run")), cancel));
        return verb;
    }

    private static Command Estimate(string[] args)
    {
        var verb = Verb("estimate", "Print what a sweep would cost (units, plan, partials, CPU-hours); exit 2 above a limit.", RunSymbols());
        verb.SetAction(_ =>
        {
            var run = RunArguments.Parse(After(args, "estimate"));
            var definition = SweepDefinition.Load(run.SpecPath);
            Console.Out.WriteLine($"sweep {definition.Id}: {definition.Kind.Estimate(definition.Spec)}");
            run.Limits.Check(definition);
            Console.Out.WriteLine("within the limits");
            return 0;
        });
        return verb;
    }

    private static Command Picture(string[] args)
    {
        var verb = Verb("picture", PictureArguments.Usage,
            Positional("spec.json", "the spec to draw"),
            Value("--out", "the PNG file to write (required)"),
            Value("--size", "panel side in pixels, 16..1024 (default 256)"));
        verb.SetAction(_ => PictureCommand.Execute(After(args, "picture")));
        return verb;
    }

    private static Command Tidy(string[] args)
    {
        var verb = Verb("tidy", TidyCommand.Usage,
            new Argument<string[]>("run.json") { Description = "outputs of 'seed run --json', one or more", Arity = ArgumentArity.ZeroOrMore },
            Value("--out", "the CSV file to write (default: stdout)"));
        verb.SetAction(_ => TidyCommand.Execute(After(args, "tidy")));
        return verb;
    }

    private static Symbol[] StorageSymbols() =>
    [
        Value("--data-dir", "SQLite data directory (journal.db, partials.db; default ./data)"),
        Value("--storage", "sqlite | postgresql", "sqlite", "postgresql"),
        Value("--connection-string", "Npgsql connection string (PostgreSQL)"),
    ];

    private static Command ResultsVerb(string[] args)
    {
        var verb = Verb("results", ResultsCommand.Usage,
        [
            Positional("sweep", "the sweep id, or the spec file it came from"),
            Flag("--json", "print the JSON object of 'seed run --json' with provenance"),
            Flag("--csv", "print tidy CSV (sweep,kind,parameters,field,value)"),
            .. StorageSymbols(),
        ]);
        verb.SetAction(_ => ResultsCommand.Execute(After(args, "results")));
        return verb;
    }

    private static Command ListVerb(string[] args)
    {
        var verb = Verb("list", ListCommand.Usage, [Flag("--json", "print a JSON array"), .. StorageSymbols()]);
        verb.SetAction(_ => ListCommand.Execute(After(args, "list")));
        return verb;
    }

    private static Command ExportResults(string[] args)
    {
        var verb = Verb("export-results", ExportResultsCommand.Usage,
        [
            new Argument<string[]>("sweep") { Description = "sweep ids or spec files (default: every completed sweep)", Arity = ArgumentArity.ZeroOrMore },
            Flag("--json", "write a JSON array instead of tidy CSV"),
            Value("--out", "the file to write (default: stdout)"),
            .. StorageSymbols(),
        ]);
        verb.SetAction(_ => ExportResultsCommand.Execute(After(args, "export-results")));
        return verb;
    }

    private static Command Compare(string[] args)
    {
        var verb = Verb("compare", CompareCommand.Usage,
        [
            Positional("a", "a file of 'seed run --json', a sweep id or a spec file"),
            Positional("b", "the same, for the other side"),
            Flag("--differences", "print only the fields that are not equal"),
            .. StorageSymbols(),
        ]);
        verb.SetAction(_ => CompareCommand.Execute(After(args, "compare")));
        return verb;
    }

    private static Command Export(string[] args, CancellationToken cancel)
    {
        var verb = Verb("export", CheckpointArguments.Usage,
        [
            Positional("sweep", "the sweep id, or the spec file it came from"),
            Value("--out", "the checkpoint file to write (required)"),
            Flag("--compact", "fold the completed units into one total"),
            .. StorageSymbols(),
        ]);
        verb.SetAction((_, _) => CheckpointCommand.Export(CheckpointArguments.Parse("export", After(args, "export")), cancel));
        return verb;
    }

    private static Command Import(string[] args, CancellationToken cancel)
    {
        var verb = Verb("import", CheckpointArguments.Usage,
        [
            Positional("file.ckpt", "the checkpoint file to load into an empty storage"),
            Value("--spec-out", "also write the sweep's spec here, for seed run"),
            .. StorageSymbols(),
        ]);
        verb.SetAction((_, _) => CheckpointCommand.Import(CheckpointArguments.Parse("import", After(args, "import")), cancel));
        return verb;
    }

    private static Command Serve(string[] args)
    {
        var verb = Verb("serve", "Run a seed node (seed + coordinator roles, command host) until SIGTERM. Settings come from appsettings.json, an optional --config file, EXPRESSIVITY_* environment variables and flags, later winning; any key may be given as --Section:Key=value (docs/operations.md lists them).",
        [
            .. NodeCommandLine.Options(4053, 9110),
            Value("--dashboard", "serve the web dashboard on this port (docs/dashboard.md); its actions need --secret"),
            Value("--dashboard-host", "address the dashboard binds (default 127.0.0.1)"),
        ]);
        verb.SetAction((_, _) => ServeMode.Run(NodeSettings.Load(After(args, "serve"), SeedDefaults.Values), "seed", Expressivity.Dashboard.DashboardServer.Attach));
        return verb;
    }
}
