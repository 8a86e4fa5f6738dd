using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Expressivity.EndToEnd.Tests.Support;

/// <summary>
/// Reads a sweep's persisted events straight from the journal (SQLite or PostgreSQL) (our serializer writes readable
/// JSON with string manifests), independently of the product's own code: the audit in the tests.
/// </summary>
public sealed class JournalReader
{
    private readonly Func<string, IReadOnlyList<(string Manifest, JsonElement Payload)>> _events;

    private JournalReader(Func<string, IReadOnlyList<(string Manifest, JsonElement Payload)>> events) => _events = events;

    /// <summary>The journal of an embedded run's data directory (journal.db).</summary>
    public static JournalReader Sqlite(string dataDirectory) => new(id => SqliteEvents(dataDirectory, id));

    /// <summary>The journal in a PostgreSQL database.</summary>
    public static JournalReader Postgres(string connectionString) => new(id => PostgresEvents(connectionString, id));

    /// <summary>(manifest, JSON payload) of every event of <paramref name="persistenceId"/> in order; empty when none.</summary>
    public IReadOnlyList<(string Manifest, JsonElement Payload)> Events(string persistenceId) => _events(persistenceId);

    private static IReadOnlyList<(string Manifest, JsonElement Payload)> PostgresEvents(string connectionString, string persistenceId)
    {
        // No pooling: a pooled connection may be a dead one from before a server restart.
        using var c = new Npgsql.NpgsqlConnection(new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        c.Open();
        using var exists = new Npgsql.NpgsqlCommand("SELECT to_regclass('public.journal') IS NOT NULL", c);
        if (exists.ExecuteScalar() is not true) return [];
        using var cmd = new Npgsql.NpgsqlCommand("SELECT manifest, message FROM journal WHERE persistence_id = $1 ORDER BY sequence_number", c);
        cmd.Parameters.AddWithValue(persistenceId);
        var events = new List<(string, JsonElement)>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) events.Add((r.GetString(0), JsonDocument.Parse((byte[])r[1]).RootElement.Clone()));
        return events;
    }

    private static IReadOnlyList<(string Manifest, JsonElement Payload)> SqliteEvents(string dataDirectory, string persistenceId)
    {
        var path = Path.Combine(dataDirectory, "journal.db");
        if (!File.Exists(path)) return [];
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
                c.Open();
                using var exists = c.CreateCommand();
                exists.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = 'journal'";
                if (Convert.ToInt64(exists.ExecuteScalar()) == 0) return [];
                using var cmd = c.CreateCommand();
                cmd.CommandText = "SELECT manifest, message FROM journal WHERE persistence_id = $p ORDER BY sequence_number";
                cmd.Parameters.AddWithValue("$p", persistenceId);
                var events = new List<(string, JsonElement)>();
                using var r = cmd.ExecuteReader();
                while (r.Read()) events.Add((r.GetString(0), JsonDocument.Parse((byte[])r[1]).RootElement.Clone()));
                return events;
            }
            catch (SqliteException) when (attempt < 50)
            {
                Thread.Sleep(50); // the writer holds the lock for a moment
            }
        }
    }

    /// <summary>Unit ids of the completion events after the last fresh start, in persisted order (duplicates kept).</summary>
    public IReadOnlyList<string> CompletedUnits(string sweepId) =>
        Completions(sweepId).Select(c => c.UnitId).ToList();

    /// <summary>(unit, worker) of the completion events after the last fresh start, in persisted order.</summary>
    public IReadOnlyList<(string UnitId, string WorkerId)> Completions(string sweepId)
    {
        var events = Events($"sweep-{sweepId}");
        var lastReset = events.Select((e, i) => (e, i)).LastOrDefault(x => x.e.Manifest == "ev.reset").i;
        return events.Skip(lastReset).Where(e => e.Manifest is "ev.completed" or "ev.split")
            .Select(e => (e.Payload.GetProperty("unitId").GetString()!, e.Payload.GetProperty("workerId").GetString()!)).ToList();
    }

    /// <summary>Every unit ever planned (stage plans and run-time splits) after the last fresh start.</summary>
    public IReadOnlySet<string> PlannedUnits(string sweepId)
    {
        var events = Events($"sweep-{sweepId}");
        var lastReset = events.Select((e, i) => (e, i)).LastOrDefault(x => x.e.Manifest == "ev.reset").i;
        var ids = new HashSet<string>();
        foreach (var (manifest, payload) in events.Skip(lastReset))
        {
            var list = manifest switch { "ev.stage" => "units", "ev.split" => "children", _ => null };
            if (list is null) continue;
            foreach (var u in payload.GetProperty(list).EnumerateArray()) ids.Add(u.GetProperty("id").GetString()!);
        }

        return ids;
    }
}
