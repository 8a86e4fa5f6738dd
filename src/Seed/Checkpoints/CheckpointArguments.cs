using System.Text.RegularExpressions;
using Expressivity.Actors.Hosting;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Seed.Checkpoints;

/// <summary>Arguments of <c>export</c> and <c>import</c>; <see cref="Parse"/> throws <see cref="ArgumentException"/> naming the argument.</summary>
public sealed partial record CheckpointArguments
{
    /// <summary>export: the sweep id (or the spec file it came from); import: the checkpoint file.</summary>
    public required string Subject { get; init; }

    /// <summary>export only: the checkpoint file to write.</summary>
    public string? Out { get; init; }

    /// <summary>export only: fold completed units into one total (see <c>SweepCheckpoint.Compact</c>).</summary>
    public bool Compact { get; init; }

    /// <summary>import only: also write the sweep's spec here, for <c>seed run</c>.</summary>
    public string? SpecOut { get; init; }

    /// <summary>Where the sweep lives (export) or goes (import).</summary>
    public StorageOptions Storage { get; init; } = new();

    /// <summary>Usage text of both verbs.</summary>
    public const string Usage = """
        usage: seed export <sweep-id | spec.json> --out <file.ckpt> [--compact] [storage]
               seed import <file.ckpt> [--spec-out <spec.json>] [storage]
          export writes a sweep's persisted progress (spec, completed units and their merged partial,
          the pending units, stored partial rows) to one compressed, SHA-256-checked file; import puts it
          into an empty storage, where `seed run <spec>` (or a cluster's `sweep start`) continues it.
          A truncated, corrupted, edited or foreign file is refused with exit code 2.
          --compact folds the completed units into one total (ids kept, per-unit partials and earlier
          plans dropped): far smaller for long sweeps whose units store no partial rows, e.g. a census.
        storage (default: SQLite in ./data):
          --data-dir <dir>               SQLite data directory (journal.db, partials.db)
          --storage sqlite|postgresql    --connection-string <npgsql>   (PostgreSQL)
        exit codes: 0 done, 2 invalid arguments or checkpoint file, 1 any other failure
        """;

    /// <summary>Parses the arguments after the verb.</summary>
    public static CheckpointArguments Parse(string verb, IReadOnlyList<string> args)
    {
        string? subject = null;
        var result = new CheckpointArguments { Subject = "" };
        string provider = "sqlite", dataDir = "data";
        string? connection = null;
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{a} needs a value");
            switch (a)
            {
                case "--out" when verb == "export": result = result with { Out = Value() }; break;
                case "--compact" when verb == "export": result = result with { Compact = true }; break;
                case "--spec-out" when verb == "import": result = result with { SpecOut = Value() }; break;
                case "--data-dir": dataDir = Value(); break;
                case "--storage": provider = Value() is var p && p is "sqlite" or "postgresql" ? p : throw new ArgumentException("--storage takes sqlite or postgresql"); break;
                case "--connection-string": connection = Value(); break;
                case var _ when a.StartsWith('-'): throw new ArgumentException($"unknown option {a} for {verb}");
                case var _ when subject is null: subject = a; break;
                default: throw new ArgumentException($"unexpected argument {a}");
            }
        }

        if (subject is null) throw new ArgumentException(verb == "export" ? "export needs a sweep id or spec file" : "import needs a checkpoint file");
        if (verb == "export" && result.Out is null) throw new ArgumentException("export needs --out <file>");
        if (provider == "postgresql" && string.IsNullOrWhiteSpace(connection)) throw new ArgumentException("--connection-string is required with --storage postgresql");
        return result with
        {
            Subject = subject,
            Storage = new StorageOptions { Provider = provider, DataDirectory = dataDir, ConnectionString = connection },
        };
    }

    /// <summary>The sweep id named by <see cref="Subject"/>: a spec file's id, or the id itself.</summary>
    public string SweepId()
    {
        if (File.Exists(Subject)) return SweepDefinition.Load(Subject).Id;
        return SweepIdPattern().IsMatch(Subject)
            ? Subject
            : throw new ArgumentException($"'{Subject}' is neither a spec file nor a sweep id (kind-<12 hex digits>)");
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*-[0-9a-f]{12}$")]
    private static partial Regex SweepIdPattern();
}
