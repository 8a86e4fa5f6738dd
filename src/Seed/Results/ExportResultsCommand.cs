using System.Text.Json.Nodes;
using Expressivity.Actors.Storage;
using Expressivity.Domain.Results;

namespace Expressivity.Seed.Results;

/// <summary>
/// <c>seed export-results</c>: the results of several (by default every completed) sweeps of a storage as one
/// tidy CSV or one JSON array, read from the journal without starting anything. (<c>seed export</c> writes a
/// sweep's progress as a checkpoint file instead.)
/// </summary>
public static class ExportResultsCommand
{
    /// <summary>The usage text.</summary>
    public const string Usage = """
        usage: seed export-results [<sweep-id | spec.json>...] [--json] [--out <file>] [storage]
          Writes the results of the named sweeps, or of every completed sweep in the storage when none is
          named, as one tidy CSV (sweep,kind,parameters,field,value; one row per value) or, with --json,
          as a JSON array of the objects 'seed results --json' prints. A named sweep that has not completed
          is refused (exit 1) rather than exported without its result. Without --out, stdout.
          (seed export writes a sweep's progress as a checkpoint file: a different thing.)
        storage (default: SQLite in ./data):
          --data-dir <dir>               SQLite data directory (journal.db)
          --storage sqlite|postgresql    --connection-string <npgsql>   (PostgreSQL)
        exit codes: 0 written, 1 a named sweep has no result (or a storage fault), 2 invalid arguments or no such sweep
        """;

    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Execute(IReadOnlyList<string> args)
    {
        var parsed = ResultsArguments.Parse("export-results", args, ["--json", "--out"], (0, int.MaxValue), "");
        var journal = StoredJournal.Open(parsed.Storage);
        List<ResultDocument> documents;
        if (parsed.Subjects.Count == 0)
        {
            documents = journal.SweepIds().Select(journal.Read).OfType<StoredSweep>().Select(ResultDocument.FromStored).Where(d => d.HasResult).ToList();
        }
        else
        {
            documents = parsed.Subjects.Select(s => ResultDocument.FromStorage(journal, s)).ToList();
            if (documents.FirstOrDefault(d => !d.HasResult) is { } open)
            {
                Console.Error.WriteLine($"error: sweep {open.Sweep} is {open.State}: it has no result to export (seed results {open.Sweep} shows its progress)");
                return 1;
            }
        }

        using var writer = parsed.Out is null ? null : new StreamWriter(parsed.Out);
        var output = writer ?? Console.Out;
        if (parsed.Json) output.WriteLine(new JsonArray(documents.Select(d => (JsonNode)d.Json.DeepClone()).ToArray()).ToJsonString());
        else TidyCsv.Write(documents.SelectMany(d => d.TidyRows()), output);
        if (parsed.Out is not null) Console.Error.WriteLine($"wrote {parsed.Out}: {documents.Count} sweep(s)");
        return 0;
    }
}
