using Expressivity.Domain.Sweeps;
using Microsoft.Data.Sqlite;

namespace Expressivity.Actors.Storage;

/// <summary>
/// <see cref="IPartialStore"/> in a SQLite file of its own (beside the journal, so large blobs never
/// slow event writes). WAL mode, one writer at a time; a unit's buckets are replaced in one transaction.
/// </summary>
public sealed class SqlitePartialStore : IPartialStore
{
    private readonly string _connectionString;
    private readonly object _writeGate = new();

    /// <summary>Opens (and creates when missing) the store at <paramref name="path"/>.</summary>
    public SqlitePartialStore(string path)
    {
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 60 }.ToString();
        using var c = Open();
        Execute(c, "PRAGMA journal_mode=WAL;");
        Execute(c, "CREATE TABLE IF NOT EXISTS unit_partials (sweep TEXT NOT NULL, unit TEXT NOT NULL, bucket INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (sweep, bucket, unit));");
    }

    /// <inheritdoc />
    public void PutUnit(string sweepId, string unitId, IReadOnlyDictionary<int, byte[]> buckets)
    {
        lock (_writeGate)
        {
            using var c = Open();
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
        }
    }

    /// <inheritdoc />
    public IEnumerable<byte[]> ReadBucket(string sweepId, int bucket)
    {
        var blobs = new List<byte[]>();
        using var c = Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT data FROM unit_partials WHERE sweep = $s AND bucket = $b;";
        cmd.Parameters.AddWithValue("$s", sweepId);
        cmd.Parameters.AddWithValue("$b", bucket);
        using var r = cmd.ExecuteReader();
        while (r.Read()) blobs.Add((byte[])r[0]);
        return blobs;
    }

    /// <inheritdoc />
    public void DeleteSweep(string sweepId)
    {
        lock (_writeGate)
        {
            using var c = Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "DELETE FROM unit_partials WHERE sweep = $s;";
            cmd.Parameters.AddWithValue("$s", sweepId);
            cmd.ExecuteNonQuery();
        }
    }

    private SqliteConnection Open()
    {
        var c = new SqliteConnection(_connectionString);
        c.Open();
        // WAL with synchronous=NORMAL survives any process crash (kill -9); only an OS crash could lose the last commits.
        Execute(c, "PRAGMA synchronous=NORMAL;");
        return c;
    }

    private static void Execute(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
