using System.Text.Json;
using Expressivity.Domain.Results;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Seed.Results;

/// <summary>
/// <c>seed tidy</c>: turns the JSON of one or more finished runs (<c>seed run --json</c>) into one tidy CSV,
/// a row per value (sweep, kind, parameters, field, value), without starting anything.
/// </summary>
public static class TidyCommand
{
    /// <summary>The usage text.</summary>
    public const string Usage = """
        usage: seed tidy <run.json>... [--out <file.csv>]
          Reads the output of 'seed run <spec> --json' (one object per file) and writes one tidy CSV:
          header sweep,kind,parameters,field,value and one row per value of each result. Parameters come
          from the run's provenance.spec (every spec field but kind, as path=value joined by '; ').
          Values keep the result's digits exactly. Without --out the CSV goes to stdout.
        exit codes: 0 written, 2 a missing, unreadable or malformed file (named), 1 any other failure
        """;

    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Execute(IReadOnlyList<string> args)
    {
        if (args.Contains("--help"))
        {
            Console.Out.WriteLine(Usage);
            return 0;
        }

        string? output = null;
        var inputs = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--out") output = i + 1 < args.Count ? args[++i] : throw new ArgumentException("--out needs a value");
            else if (args[i].StartsWith('-')) throw new ArgumentException($"unknown option {args[i]}");
            else inputs.Add(args[i]);
        }

        if (inputs.Count == 0) throw new ArgumentException("tidy needs at least one run JSON file (usage: seed tidy <run.json>... [--out file.csv])");
        var rows = inputs.SelectMany(Rows).ToList();
        if (output is null)
        {
            TidyCsv.Write(rows, Console.Out);
            return 0;
        }

        using (var writer = new StreamWriter(output)) TidyCsv.Write(rows, writer);
        Console.Error.WriteLine($"wrote {output}: {rows.Count} rows from {inputs.Count} run(s)");
        return 0;
    }

    private static IReadOnlyList<TidyRow> Rows(string path)
    {
        var text = SpecFile.Read(path);
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = new SpecObject(document.RootElement, path);
            var result = root.Required("result");
            JsonElement? spec = document.RootElement.TryGetProperty("provenance", out var p) && p.ValueKind == JsonValueKind.Object && p.TryGetProperty("spec", out var s) ? s : null;
            return TidyRows.FromResult(root.String("sweep"), root.String("kind"), spec, result);
        }
        catch (JsonException e)
        {
            throw new SpecException(path, $"not valid JSON: {e.Message}");
        }
    }
}
