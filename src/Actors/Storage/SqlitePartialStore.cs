using Expressivity.Domain.Sweeps;
using Microsoft.Data.Sqlite;

namespace Expressivity.Actors.Storage;

/// <summary>
/// <see cref="IPartialStore"/> in a SQLite file of its own (beside the journal, so large blobs never
/// slow event writes). WAL mode, one writer at a time; a unit's buckets are replaced in one transaction.
/// Every SQLite error leaves as a <see cref="StorageFaultException"/> naming the file; a file SQLite
/// reports as damaged is quarantined (renamed) and the store starts empty, so the coordinator's audit
/// recomputes its units.
/// </summary>
public sealed class SqlitePartialStore : IPartialStore
{
    private readonly string _path;
    private readonly string _connectionString;
    private readonly object _writeGate = new();

    /// <summary>Opens (and creates when missing) the store at <paramref name="path"/>; quarantines a damaged file.</summary>
    public SqlitePartialStore(string path)
    {
        _path = Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = _path, Pooling = true, DefaultTimeout = 60 }.ToString();
        try
        {
            Initialise();
        }
        catch (StorageFaultException e) when (SqliteFaults.IsDamage(e.InnerException))
        {
            QuarantineNote = Quarantine(e.Cause);
            Initialise();
        }
    }

    /// <summary>Set when opening found the file damaged and moved it aside; reported by the next <see cref="Inventory"/>.</summary>
    public string? QuarantineNote { get; private set; }

    /// <inheritdoc />
    public void PutUnit(string sweepId, string unitId, IReadOnlyDictionary<int, byte[]> buckets) => Guard("write", c =>
    {
        lock (_writeGate)
        {
            using var tx = c.BeginTransaction();
            using (var delete = c.CreateCommand())
            {
                delete.CommandText = "DELETE FROM unit_partials WHERE sweep = $s AND unit = $u;";
                delete.Parameters.AddWithValue("$s", sweepId);
                delete.Parameters.AddWithValue("$u", unitId);
                delete.ExecuteNonQuery();
            }

            using var insert = c.CreateCommand();
            insert.CommandText = "INSERT INTO unit_partials (sweep, unit, bucket, data) VALUES ($s, $u, $b, $d);";
            var s = insert.Parameters.Add("$s", SqliteType.Text);
            var u = insert.Parameters.Add("$u", SqliteType.Text);
            var b = insert.Parameters.Add("$b", SqliteType.Integer);
            var d = insert.Parameters.Add("$d", SqliteType.Blob);
            foreach (var (bucket, data) in buckets)
            {
                s.Value = sweepId;
                u.Value = unitId;
                b.Value = bucket;
                d.Value = data;
                insert.ExecuteNonQuery();
            }

            tx.Commit();
            return 0;
        }
    });

    /// <inheritdoc />
    public IEnumerable<byte[]> ReadBucket(string sweepId, int bucket) => Guard("read", c =>
    {
        var blobs = new List<byte[]>();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT data FROM unit_partials WHERE sweep = $s AND bucket = $b;";
        cmd.Parameters.AddWithValue("$s", sweepId);
        cmd.Parameters.AddWithValue("$b", bucket);
        using var r = cmd.ExecuteReader();
        while (r.Read()) blobs.Add((byte[])r[0]);
        return blobs;
    });

    /// <inheritdoc />
    public IEnumerable<StoredPartial> ReadSweep(string sweepId) => Guard("read", c =>
    {
        var rows = new List<StoredPartial>();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT unit, bucket, data FROM unit_partials WHERE sweep = $s ORDER BY unit, bucket;";
        cmd.Parameters.AddWithValue("$s", sweepId);
        using var r = cmd.ExecuteReader();
        while (r.Read()) rows.Add(new StoredPartial(r.GetString(0), r.GetInt32(1), (byte[])r[2]));
        return rows;
    });

    /// <inheritdoc />
    public void DeleteSweep(string sweepId) => Guard("delete", c =>
    {
        lock (_writeGate)
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = "DELETE FROM unit_partials WHERE sweep = $s;";
            cmd.Parameters.AddWithValue("$s", sweepId);
            return cmd.ExecuteNonQuery();
        }
    });

    /// <inheritdoc />
    public PartialInventory Inventory(string sweepId)
    {
        try
        {
            var units = Guard("audit read", c => SqlInventory.Read(c, "SELECT unit, bucket, data FROM unit_partials WHERE sweep = $s ORDER BY bucket, unit;", ("$s", sweepId)));
            var note = QuarantineNote;
            QuarantineNote = null;
            return new PartialInventory(units, note);
        }
        catch (StorageFaultException e) when (SqliteFaults.IsDamage(e.InnerException))
        {
            var note = Quarantine(e.Cause);
            Initialise();
            return new PartialInventory(new Dictionary<string, PartialDigest>(StringComparer.Ordinal), note);
        }
    }

    private void Initialise() => Guard("open", c =>
    {
        Execute(c, "PRAGMA journal_mode=WAL;");
        Execute(c, "CREATE TABLE IF NOT EXISTS unit_partials (sweep TEXT NOT NULL, unit TEXT NOT NULL, bucket INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (sweep, bucket, unit));");
        // Reads every page: a truncated or overwritten file is found now, not halfway through a reduce.
        using var check = c.CreateCommand();
        check.CommandText = "PRAGMA quick_check;";
        var verdict = check.ExecuteScalar() as string;
        return verdict == "ok" ? 0 : throw new SqliteException($"quick_check: {verdict}", 11);
    });

    /// <summary>Moves the damaged file (and its -wal, -shm) aside under a timestamped name; the note says where.</summary>
    private string Quarantine(string cause)
    {
        lock (_writeGate)
        {
            SqliteConnection.ClearAllPools();
            var suffix = $".damaged-{DateTime.UtcNow:yyyyMMddTHHmmssfffZ}";
            foreach (var tail in new[] { "", "-wal", "-shm" })
            {
                if (File.Exists(_path + tail)) File.Move(_path + tail, _path + suffix + tail);
            }

            return $"{Path.GetFileName(_path)} ({_path}) is damaged ({cause}); moved to {Path.GetFileName(_path)}{suffix}; its units will be recomputed";
        }
    }

    /// <summary>Runs <paramref name="action"/> on an open connection; SQLite errors become storage faults naming the file.</summary>
    private T Guard<T>(string operation, Func<SqliteConnection, T> action)
    {
        SqliteConnection? c = null;
        try
        {
            c = new SqliteConnection(_connectionString);
            c.Open();
            // WAL with synchronous=NORMAL survives any process crash (kill -9); only an OS crash could lose the last commits.
            Execute(c, "PRAGMA synchronous=NORMAL;");
            return action(c);
        }
        catch (SqliteException e)
        {
            var cause = SqliteFaults.Describe(e, _path);
            // A pooled connection opened while the file was read-only stays read-only: drop the pool so the
            // retry opens the file afresh.
            if (c is not null) SqliteConnection.ClearPool(c);
            throw new StorageFaultException($"{Path.GetFileName(_path)} ({_path})", operation, cause, e);
        }
        finally
        {
            c?.Dispose();
        }
    }

    private static void Execute(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
