using Expressivity.Actors.Hosting;

namespace Expressivity.Seed.Results;

/// <summary>
/// Arguments of the verbs that read results from a storage (<c>results</c>, <c>list</c>, <c>export-results</c>,
/// <c>compare</c>); <see cref="Parse"/> throws <see cref="ArgumentException"/> naming the argument (exit code 2).
/// </summary>
public sealed record ResultsArguments
{
    /// <summary>The positional arguments (sweep ids, spec files or run-JSON files).</summary>
    public IReadOnlyList<string> Subjects { get; init; } = [];

    /// <summary>Print one JSON object (or array).</summary>
    public bool Json { get; init; }

    /// <summary>Print tidy CSV.</summary>
    public bool Csv { get; init; }

    /// <summary>compare: print only the fields that are not equal.</summary>
    public bool DifferencesOnly { get; init; }

    /// <summary>export-results: the file to write (default stdout).</summary>
    public string? Out { get; init; }

    /// <summary>Where the sweeps live.</summary>
    public StorageOptions Storage { get; init; } = new();

    /// <summary>
    /// Parses the arguments after <paramref name="verb"/>; <paramref name="flags"/> are the flags and valued options
    /// it accepts besides the storage ones; <paramref name="positionals"/> the range of positional arguments.
    /// </summary>
    public static ResultsArguments Parse(string verb, IReadOnlyList<string> args, string[] flags, (int Min, int Max) positionals, string positionalName)
    {
        var result = new ResultsArguments();
        var subjects = new List<string>();
        string provider = "sqlite", dataDir = "data";
        string? connection = null;
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{a} needs a value");
            switch (a)
            {
                case "--data-dir": dataDir = Value(); break;
                case "--storage": provider = Value() is var p && p is "sqlite" or "postgresql" ? p : throw new ArgumentException("--storage takes sqlite or postgresql"); break;
                case "--connection-string": connection = Value(); break;
                case "--json" when flags.Contains(a): result = result with { Json = true }; break;
                case "--csv" when flags.Contains(a): result = result with { Csv = true }; break;
                case "--differences" when flags.Contains(a): result = result with { DifferencesOnly = true }; break;
                case "--out" when flags.Contains(a): result = result with { Out = Value() }; break;
                case var _ when a.StartsWith('-'): throw new ArgumentException($"unknown option {a} for {verb}");
                default: subjects.Add(a); break;
            }
        }

        if (subjects.Count < positionals.Min) throw new ArgumentException($"{verb} needs {positionalName}");
        if (subjects.Count > positionals.Max) throw new ArgumentException($"unexpected argument {subjects[positionals.Max]}");
        if (result.Json && result.Csv) throw new ArgumentException("--json and --csv: give one of them");
        if (provider == "postgresql" && string.IsNullOrWhiteSpace(connection)) throw new ArgumentException("--connection-string is required with --storage postgresql");
        return result with
        {
            Subjects = subjects,
            Storage = new StorageOptions { Provider = provider, DataDirectory = dataDir, ConnectionString = connection },
        };
    }
}
