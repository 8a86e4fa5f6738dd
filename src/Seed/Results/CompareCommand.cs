using Expressivity.Actors.Storage;
using Expressivity.Domain.Results;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Seed.Results;

/// <summary><c>seed compare</c>: two sweeps' results field by field; exit 0 when every field is equal, 1 otherwise.</summary>
public static class CompareCommand
{
    /// <summary>The usage text.</summary>
    public const string Usage = """
        usage: seed compare <a> <b> [--differences] [storage]
          a and b are each a file written by 'seed run --json' (or 'seed results --json'), or a sweep id or
          spec file read from the storage. Their results are compared leaf by leaf (paths as in tidy CSV),
          values as written (counts digit for digit): one line per field saying equal, different (with
          both values) or only in a / only in b, then a summary. --differences leaves out the equal fields.
        storage (default: SQLite in ./data), for ids and spec files:
          --data-dir <dir>               SQLite data directory (journal.db)
          --storage sqlite|postgresql    --connection-string <npgsql>   (PostgreSQL)
        exit codes: 0 every field equal, 1 some field different or only in one (or a sweep without a
          result, or a storage fault), 2 invalid arguments, files or sweep ids
        """;

    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Execute(IReadOnlyList<string> args)
    {
        var parsed = ResultsArguments.Parse("compare", args, ["--differences"], (2, 2), "two results: files of 'seed run --json', sweep ids or spec files");
        StoredJournal? journal = null;
        var sides = parsed.Subjects.Select(s => Load(s, parsed, ref journal)).ToList();
        foreach (var side in sides.Where(d => !d.HasResult))
        {
            Console.Error.WriteLine($"error: sweep {side.Sweep} is {side.State}: it has no result to compare");
            return 1;
        }

        Console.Out.WriteLine($"a: {sides[0].Sweep} ({sides[0].Kind})");
        Console.Out.WriteLine($"b: {sides[1].Sweep} ({sides[1].Kind})");
        using var a = System.Text.Json.JsonDocument.Parse(sides[0].Json["result"]!.ToJsonString());
        using var b = System.Text.Json.JsonDocument.Parse(sides[1].Json["result"]!.ToJsonString());
        var fields = ResultComparison.Compare(a.RootElement, b.RootElement);
        var shown = parsed.DifferencesOnly ? fields.Where(f => !f.IsEqual).ToList() : fields;
        var width = shown.Select(f => f.Field.Length).DefaultIfEmpty(0).Max();
        foreach (var f in shown)
        {
            var values = f.Verdict switch
            {
                "equal" => f.A,
                "different" => $"a {f.A} | b {f.B}",
                "only in a" => f.A,
                _ => f.B,
            };
            Console.Out.WriteLine($"{f.Verdict,-9}  {f.Field.PadRight(width)}  {values}");
        }

        var counts = fields.GroupBy(f => f.Verdict).ToDictionary(g => g.Key, g => g.Count());
        Console.Out.WriteLine($"{counts.GetValueOrDefault("equal")} equal, {counts.GetValueOrDefault("different")} different, " +
            $"{counts.GetValueOrDefault("only in a")} only in a, {counts.GetValueOrDefault("only in b")} only in b");
        return fields.All(f => f.IsEqual) ? 0 : 1;
    }

    // A file holding a JSON object with a result is a run's output; any other name is a sweep id or spec file in the storage.
    private static ResultDocument Load(string subject, ResultsArguments parsed, ref StoredJournal? journal)
    {
        if (File.Exists(subject) && LooksLikeResult(subject)) return ResultDocument.FromFile(subject);
        journal ??= StoredJournal.Open(parsed.Storage);
        return ResultDocument.FromStorage(journal, subject);
    }

    private static bool LooksLikeResult(string path)
    {
        try
        {
            using var doc = System.Text.Json.JsonDocument.Parse(SpecFile.Read(path));
            return doc.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object && doc.RootElement.TryGetProperty("sweep", out _);
        }
        catch (System.Text.Json.JsonException)
        {
            throw new SpecException(path, "not valid JSON (expected the output of seed run --json, or a spec file)");
        }
    }
}
