using System.Globalization;
using System.Text.Json.Nodes;
using Expressivity.Actors.Storage;

namespace Expressivity.Seed.Results;

/// <summary><c>seed list</c>: every sweep in a data directory or database, read from its journal without starting anything.</summary>
public static class ListCommand
{
    /// <summary>The usage text.</summary>
    public const string Usage = """
        usage: seed list [--json] [storage]
          One line per sweep in the storage: id, kind, state, units done and pending (current stage),
          started and finished (UTC, from the journal). --json prints an array of objects with the same
          fields. Nothing starts; the journal is only read.
        storage (default: SQLite in ./data):
          --data-dir <dir>               SQLite data directory (journal.db)
          --storage sqlite|postgresql    --connection-string <npgsql>   (PostgreSQL)
        exit codes: 0 listed (also when empty), 1 a storage fault, 2 invalid arguments or no journal there
        """;

    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Execute(IReadOnlyList<string> args)
    {
        var parsed = ResultsArguments.Parse("list", args, ["--json"], (0, 0), "");
        var journal = StoredJournal.Open(parsed.Storage);
        var sweeps = journal.SweepIds().Select(journal.Read).OfType<StoredSweep>().ToList();
        if (parsed.Json)
        {
            Console.Out.WriteLine(new JsonArray(sweeps.Select(s => (JsonNode)Entry(s)).ToArray()).ToJsonString());
            return 0;
        }

        if (sweeps.Count == 0)
        {
            Console.Out.WriteLine($"no sweeps in {journal.Describe()}");
            return 0;
        }

        var rows = new List<string[]> { new[] { "sweep", "kind", "state", "done", "pending", "started", "finished" } };
        rows.AddRange(sweeps.Select(s => Entry(s)).Select(e => new[]
        {
            (string)e["sweep"]!, (string)e["kind"]!, (string)e["state"]!, e["unitsDone"]!.ToJsonString(), e["pending"]!.ToJsonString(),
            (string)e["started"]!, (string?)e["finished"] ?? "-",
        }));
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        foreach (var r in rows) Console.Out.WriteLine(string.Join("  ", r.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd());
        return 0;
    }

    private static JsonObject Entry(StoredSweep s) => new()
    {
        ["sweep"] = s.Id,
        ["kind"] = s.State.Kind,
        ["state"] = s.State.Phase,
        ["stage"] = s.State.Stage,
        ["unitsDone"] = s.State.UnitsDoneAllStages,
        ["pending"] = s.Pending,
        ["started"] = Utc(s.Times.Started),
        ["finished"] = s.Times.Finished is { } f ? Utc(f) : null,
    };

    private static string Utc(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
