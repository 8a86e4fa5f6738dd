using Expressivity.Actors.Coordinator;
using Expressivity.Actors.Storage;
using Expressivity.Domain.Results;

namespace Expressivity.Seed.Results;

/// <summary>
/// <c>seed results</c>: one sweep's result read straight from a data directory or database, no cluster started.
/// A sweep that has not completed prints its progress and no result, and exits 1.
/// </summary>
public static class ResultsCommand
{
    /// <summary>The usage text.</summary>
    public const string Usage = """
        usage: seed results <sweep-id | spec.json> [--json | --csv] [storage]
          Reads the sweep's journal (and nothing else) from the storage, replays it exactly as a coordinator
          recovers it, checks the kind's invariants and prints the result: an aligned table, the JSON object
          of 'seed run --json' with provenance (source "storage": start and end are the journal's times), or
          tidy CSV (sweep,kind,parameters,field,value). No actor system or cluster starts; a sweep still
          running elsewhere may keep running.
          A sweep that has not completed has no result: its state and progress are printed and the exit
          code is 1 (a partial total is never shown as a result).
        storage (default: SQLite in ./data):
          --data-dir <dir>               SQLite data directory (journal.db)
          --storage sqlite|postgresql    --connection-string <npgsql>   (PostgreSQL)
        exit codes: 0 completed, 1 not completed (or failed, or a storage fault), 2 invalid arguments or no such sweep
        """;

    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Execute(IReadOnlyList<string> args)
    {
        var parsed = ResultsArguments.Parse("results", args, ["--json", "--csv"], (1, 1), "a sweep id or spec file");
        var document = ResultDocument.FromStorage(StoredJournal.Open(parsed.Storage), parsed.Subjects[0]);
        if (parsed.Json) Console.Out.WriteLine(document.Json.ToJsonString());
        else if (parsed.Csv && document.HasResult) TidyCsv.Write(document.TidyRows(), Console.Out);
        else document.WriteTable(parsed.Csv ? Console.Error : Console.Out);
        if (document.Status?.Error is { } error) Console.Error.WriteLine($"error: {error}");
        return document.State == SweepPhase.Completed ? 0 : 1;
    }
}
