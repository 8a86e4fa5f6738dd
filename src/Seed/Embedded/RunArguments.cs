namespace Expressivity.Seed.Embedded;

/// <summary>Arguments of <c>run</c>; <see cref="Parse"/> throws <see cref="ArgumentException"/> with a message naming the argument.</summary>
public sealed record RunArguments
{
    /// <summary>Path of the sweep spec file.</summary>
    public required string SpecPath { get; init; }

    /// <summary>Print the result as one JSON object (SPEC.md section 5) instead of a table.</summary>
    public bool Json { get; init; }

    /// <summary>Discard earlier progress of the same sweep and start it again.</summary>
    public bool Fresh { get; init; }

    /// <summary>Data directory (journal.db, partials.db). Default <c>./data</c>.</summary>
    public string DataDirectory { get; init; } = "data";

    /// <summary>Units run at once; 0 = one per core.</summary>
    public int Workers { get; init; }

    /// <summary>Optional audit file of every unit started and finished by this process.</summary>
    public string? UnitLog { get; init; }

    /// <summary>Fraction of completed units computed a second time and compared (docs/design/validation.md); 0 = off.</summary>
    public double Validate { get; init; }

    /// <summary>"auto" (bar on a terminal, lines otherwise), "bar", "lines" or "none".</summary>
    public string Progress { get; init; } = "auto";

    /// <summary>Echo the node's log (kept in <c>node.log</c> in the data directory) on stderr, at information level.</summary>
    public bool Verbose { get; init; }

    /// <summary>Serve the web dashboard on this port while the sweep runs (and after, until Ctrl+C); null = no dashboard.</summary>
    public int? DashboardPort { get; init; }

    /// <summary>Address the dashboard listens on. Default 127.0.0.1.</summary>
    public string DashboardHost { get; init; } = "127.0.0.1";

    /// <summary>The most the sweep may cost; estimated above any of these, it is refused before it starts.</summary>
    public Expressivity.Domain.Sweeps.ResourceLimits Limits { get; init; } = Expressivity.Domain.Sweeps.ResourceLimits.Default;

    /// <summary>The usage text of <c>run</c>.</summary>
    public static readonly string Usage = """
        usage: seed run <spec.json> [options]
          Runs a sweep on an embedded one-process cluster (seed, coordinator and worker roles, SQLite)
          and prints its result. Rerunning the same spec resumes the same sweep.
        options:
          --json              print the result as one JSON object on stdout
          --fresh             discard earlier progress of this sweep and start again
          --data-dir <dir>    where journal.db and partials.db live (default ./data)
          --workers <n>       units run at once (default: one per core)
          --progress <mode>   auto | bar | lines | none (progress goes to stderr)
          --unit-log <file>   append a line for every unit started and finished (audits)
          --verbose           also print the node's log on stderr (it always goes to <data-dir>/node.log)
          --validate <f>      compute a fraction f (0..1) of units a second time and compare exactly; a
                              mismatch is settled by a third computation (docs/design/validation.md)
          --dashboard <port>  serve the web dashboard on 127.0.0.1:<port> (0: any free port; the address goes to
                              stderr); it stays up after the sweep ends until Ctrl+C. Actions (pause, cancel...)
                              need the secret in EXPRESSIVITY_CommandHost__Secret, else the page is read-only
          --dashboard-host <ip>  listen address of the dashboard (default 127.0.0.1)
        {{LIMITS}}exit codes: 0 completed, 2 invalid spec or arguments (or a cost estimate above a limit), 1 any other failure
        """.Replace("{{LIMITS}}", Expressivity.Domain.Sweeps.ResourceLimits.Help + "\n", StringComparison.Ordinal);

    /// <summary>Parses the arguments after <c>run</c>.</summary>
    public static RunArguments Parse(IReadOnlyList<string> args)
    {
        string? spec = null;
        var result = new RunArguments { SpecPath = "" };
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{a} needs a value");
            result = a switch
            {
                "--json" => result with { Json = true },
                "--fresh" => result with { Fresh = true },
                "--verbose" => result with { Verbose = true },
                "--data-dir" => result with { DataDirectory = Value() },
                "--workers" => result with { Workers = int.TryParse(Value(), out var n) && n >= 0 && n <= 1024 ? n : throw new ArgumentException("--workers takes a whole number from 0 to 1024") },
                "--progress" => result with { Progress = Value() is var p && p is "auto" or "bar" or "lines" or "none" ? p : throw new ArgumentException("--progress takes auto, bar, lines or none") },
                "--unit-log" => result with { UnitLog = Value() },
                "--validate" => result with { Validate = double.TryParse(Value(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var f) && f is >= 0 and <= 1 ? f : throw new ArgumentException("--validate takes a fraction from 0 to 1") },
                "--dashboard" => result with { DashboardPort = int.TryParse(Value(), out var port) && port is >= 0 and <= 65535 ? port : throw new ArgumentException("--dashboard takes a port from 0 to 65535") },
                "--dashboard-host" => result with { DashboardHost = System.Net.IPAddress.TryParse(Value(), out var ip) ? ip.ToString() : throw new ArgumentException("--dashboard-host takes an IP address") },
                _ when Expressivity.Domain.Sweeps.ResourceLimits.IsFlag(a) => result with { Limits = result.Limits.With(a, Value()) },
                _ when a.StartsWith('-') => throw new ArgumentException($"unknown option {a}"),
                _ when spec is null => result with { SpecPath = spec = a },
                _ => throw new ArgumentException($"unexpected argument {a}"),
            };
        }

        return spec is null ? throw new ArgumentException("run needs a spec file") : result;
    }
}
