using System.Data.Common;
using System.Text.Json;
using Expressivity.Actors.Coordinator;
using Expressivity.Actors.Hosting;
using Expressivity.Actors.Protocol;
using Expressivity.Actors.Serialization;
using Expressivity.Domain.Sweeps;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Expressivity.Actors.Storage;

/// <summary>
/// Reads sweeps straight from a storage's journal (SQLite data directory or PostgreSQL database), read-only
/// and without an actor system: the newest snapshot, then the later events, replayed through
/// <see cref="SweepState"/> — the coordinator's own event handler, so the state (and its merged total) is
/// exactly the one a coordinator would recover. A running embedded sweep may keep running: SQLite's WAL
/// lets a reader in beside its writer.
/// </summary>
public sealed class StoredJournal
{
    private const string Prefix = "sweep-";
    private const string RegistryId = "sweep-registry";
    private readonly StorageOptions _storage;

    private StoredJournal(StorageOptions storage) => _storage = storage;

    /// <summary>
    /// A reader of <paramref name="storage"/>; throws <see cref="ArgumentException"/> naming <c>--data-dir</c> when a
    /// SQLite directory holds no journal.db (nothing is created).
    /// </summary>
    public static StoredJournal Open(StorageOptions storage)
    {
        storage.Validate();
        if (!storage.IsPostgres && !File.Exists(JournalFile(storage)))
            throw new ArgumentException($"--data-dir: no journal.db in '{Path.GetFullPath(storage.DataDirectory)}' (no sweep ran there)");
        return new StoredJournal(storage);
    }

    /// <summary>Every sweep id with a journal, in ordinal order.</summary>
    public IReadOnlyList<string> SweepIds() => Query(c =>
    {
        var ids = new List<string>();
        if (!HasJournal(c)) return ids;
        using var cmd = Command(c, "SELECT DISTINCT persistence_id FROM journal WHERE persistence_id LIKE 'sweep-%'");
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var id = r.GetString(0);
            if (id != RegistryId) ids.Add(id[Prefix.Length..]);
        }

        ids.Sort(StringComparer.Ordinal);
        return ids;
    });

    /// <summary>The recovered state of <paramref name="sweepId"/> and its journal times, or null when the storage has no such sweep.</summary>
    public StoredSweep? Read(string sweepId) => Query(c =>
    {
        if (!HasJournal(c)) return null;
        var persistenceId = Prefix + sweepId;
        var state = new SweepState();
        long after = 0;
        if (HasTable(c, "snapshot"))
        {
            using var snap = Command(c, "SELECT sequence_number, manifest, snapshot FROM snapshot WHERE persistence_id = @p ORDER BY sequence_number DESC LIMIT 1", persistenceId);
            using var r = snap.ExecuteReader();
            if (r.Read())
            {
                after = r.GetInt64(0);
                state.Apply((IVersionedEvent)Decode(r.GetString(1), (byte[])r[2], persistenceId, after));
            }
        }

        var any = after > 0;
        using (var events = Command(c, "SELECT sequence_number, manifest, message FROM journal WHERE persistence_id = @p AND sequence_number > @s AND deleted = @d ORDER BY sequence_number", persistenceId, after))
        using (var r = events.ExecuteReader())
        {
            while (r.Read())
            {
                any = true;
                if (Decode(r.GetString(1), (byte[])r[2], persistenceId, r.GetInt64(0)) is IVersionedEvent e) state.Apply(e);
            }
        }

        if (!any || state.SweepId is null) return null;
        return new StoredSweep(state, Times(c, persistenceId));
    });

    /// <summary>Where this reader reads, for messages: the data directory or server and database (no password).</summary>
    public string Describe() => _storage.IsPostgres
        ? JournalLocation.Postgres(_storage.ConnectionString!).Name
        : $"data directory '{Path.GetFullPath(_storage.DataDirectory)}'";

    // Journal "created" is DateTime ticks (UTC). Start: the last fresh start, else the first event; end: the last finish.
    private static StoredSweep.JournalTimes Times(DbConnection c, string persistenceId)
    {
        var byManifest = new Dictionary<string, (long First, long Last)>(StringComparer.Ordinal);
        using var cmd = Command(c, "SELECT manifest, MIN(created), MAX(created) FROM journal WHERE persistence_id = @p GROUP BY manifest", persistenceId);
        using var r = cmd.ExecuteReader();
        while (r.Read()) byManifest[r.GetString(0)] = (r.GetInt64(1), r.GetInt64(2));
        static DateTimeOffset At(long ticks) => new(ticks, TimeSpan.Zero);
        var first = byManifest.Values.Min(v => v.First);
        var last = byManifest.Values.Max(v => v.Last);
        var started = byManifest.TryGetValue("ev.reset", out var reset) ? reset.Last : first;
        DateTimeOffset? finished = byManifest.TryGetValue("ev.finished", out var f) && f.Last >= started ? At(f.Last) : null;
        return new StoredSweep.JournalTimes(At(started), finished, At(last));
    }

    private static object Decode(string manifest, byte[] body, string persistenceId, long sequenceNr)
    {
        try
        {
            return JsonSerializer.Deserialize(body, ProtocolManifests.TypeOf(manifest), ProtocolSerializer.Options)
                ?? throw new JsonException("empty body");
        }
        catch (Exception e) when (e is JsonException or ArgumentException or NotSupportedException)
        {
            throw new InvalidDataException($"journal entry {sequenceNr} of {persistenceId} (manifest '{manifest}') cannot be read: {e.Message}", e);
        }
    }

    private T Query<T>(Func<DbConnection, T> read)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var c = Connect();
                c.Open();
                return read(c);
            }
            catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6 && attempt < 50)
            {
                Thread.Sleep(50); // SQLITE_BUSY / LOCKED: the writer holds the lock for a moment
            }
            catch (SqliteException e)
            {
                var file = JournalFile(_storage);
                throw new StorageFaultException($"journal.db ({file})", "read", SqliteFaults.Describe(e, file), e);
            }
            catch (NpgsqlException e)
            {
                var cause = e is PostgresException p ? $"{p.MessageText} (SQLSTATE {p.SqlState})" : e.GetBaseException().Message;
                throw new StorageFaultException(JournalLocation.Postgres(_storage.ConnectionString!).Name, "read", cause, e);
            }
        }
    }

    private DbConnection Connect() => _storage.IsPostgres
        ? new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_storage.ConnectionString) { Pooling = false }.ConnectionString)
        : new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = JournalFile(_storage), Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());

    private static string JournalFile(StorageOptions storage) => Path.GetFullPath(Path.Combine(storage.DataDirectory, "journal.db"));

    private static bool HasJournal(DbConnection c) => HasTable(c, "journal");

    private static bool HasTable(DbConnection c, string table)
    {
        using var cmd = c is NpgsqlConnection
            ? Command(c, "SELECT count(*) FROM information_schema.tables WHERE table_name = @p AND table_schema = current_schema()", table)
            : Command(c, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = @p", table);
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    private static DbCommand Command(DbConnection c, string sql, string? persistenceId = null, long? after = null)
    {
        var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        Add(cmd, "p", persistenceId);
        if (after is { } s)
        {
            Add(cmd, "s", s);
            // Akka.Persistence.Sql stores "deleted" as a bit in SQLite and a boolean in PostgreSQL.
            Add(cmd, "d", c is NpgsqlConnection ? false : 0);
        }

        return cmd;
    }

    private static void Add(DbCommand cmd, string name, object? value)
    {
        if (value is null) return;
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        cmd.Parameters.Add(p);
    }
}
