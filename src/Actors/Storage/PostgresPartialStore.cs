using Expressivity.Domain.Sweeps;
using Npgsql;

namespace Expressivity.Actors.Storage;

/// <summary>
/// <see cref="IPartialStore"/> in PostgreSQL, shared by every worker of a cluster. A unit's buckets
/// are replaced in one transaction, so a re-run unit never leaves a mix of old and new rows. Every
/// database error leaves as a <see cref="StorageFaultException"/> naming the server, database and table
/// (the Npgsql error stays inner, so transient ones are still retried as transient).
/// </summary>
public sealed class PostgresPartialStore : IPartialStore, IDisposable
{
    private readonly NpgsqlDataSource _db;
    private readonly string _name;

    /// <summary>Connects and creates the table when missing (safe when several nodes start at once: see <see cref="PostgresSchema"/>).</summary>
    public PostgresPartialStore(string connectionString)
    {
        _db = NpgsqlDataSource.Create(connectionString);
        var where = new NpgsqlConnectionStringBuilder(connectionString);
        _name = $"PostgreSQL {where.Host}:{where.Port}/{where.Database} table unit_partials";
        PostgresSchema.Ensure(_db,
            "CREATE TABLE IF NOT EXISTS unit_partials (sweep TEXT NOT NULL, unit TEXT NOT NULL, bucket INTEGER NOT NULL, data BYTEA NOT NULL, PRIMARY KEY (sweep, bucket, unit));");
    }

    /// <inheritdoc />
    public void PutUnit(string sweepId, string unitId, IReadOnlyDictionary<int, byte[]> buckets) =>
        Guard("write", () => Put(sweepId, unitId, buckets));

    private bool Put(string sweepId, string unitId, IReadOnlyDictionary<int, byte[]> buckets)
    {
        using var c = _db.OpenConnection();
        using var tx = c.BeginTransaction();
        using (var delete = new NpgsqlCommand("DELETE FROM unit_partials WHERE sweep = $1 AND unit = $2;", c, tx))
        {
            delete.Parameters.AddWithValue(sweepId);
            delete.Parameters.AddWithValue(unitId);
            delete.ExecuteNonQuery();
        }

        foreach (var (bucket, data) in buckets)
        {
            using var insert = new NpgsqlCommand("INSERT INTO unit_partials (sweep, unit, bucket, data) VALUES ($1, $2, $3, $4);", c, tx);
            insert.Parameters.AddWithValue(sweepId);
            insert.Parameters.AddWithValue(unitId);
            insert.Parameters.AddWithValue(bucket);
            insert.Parameters.AddWithValue(data);
            insert.ExecuteNonQuery();
        }

        tx.Commit();
        return true;
    }

    /// <inheritdoc />
    public IEnumerable<byte[]> ReadBucket(string sweepId, int bucket) => Guard("read", () => Bucket(sweepId, bucket));

    private List<byte[]> Bucket(string sweepId, int bucket)
    {
        var blobs = new List<byte[]>();
        using var cmd = _db.CreateCommand("SELECT data FROM unit_partials WHERE sweep = $1 AND bucket = $2;");
        cmd.Parameters.AddWithValue(sweepId);
        cmd.Parameters.AddWithValue(bucket);
        using var r = cmd.ExecuteReader();
        while (r.Read()) blobs.Add((byte[])r[0]);
        return blobs;
    }

    /// <inheritdoc />
    public IEnumerable<StoredPartial> ReadSweep(string sweepId) => Guard("read", () => Rows(sweepId));

    private List<StoredPartial> Rows(string sweepId)
    {
        var rows = new List<StoredPartial>();
        using var cmd = _db.CreateCommand("SELECT unit, bucket, data FROM unit_partials WHERE sweep = $1 ORDER BY unit COLLATE \"C\", bucket;");
        cmd.Parameters.AddWithValue(sweepId);
        using var r = cmd.ExecuteReader();
        while (r.Read()) rows.Add(new StoredPartial(r.GetString(0), r.GetInt32(1), (byte[])r[2]));
        return rows;
    }

    /// <inheritdoc />
    public void DeleteSweep(string sweepId) => Guard("delete", () =>
    {
        try
        {
            return Delete(sweepId);
        }
        catch (NpgsqlException e) when (e is not PostgresException || e.IsTransient)
        {
            // After a server restart the pool still holds connections the server closed: the first
            // command fails on one. Drop the idle ones and try once more on a new connection.
            _db.Clear();
            return Delete(sweepId);
        }
    });

    private bool Delete(string sweepId)
    {
        using var cmd = _db.CreateCommand("DELETE FROM unit_partials WHERE sweep = $1;");
        cmd.Parameters.AddWithValue(sweepId);
        cmd.ExecuteNonQuery();
        return true;
    }

    /// <inheritdoc />
    public PartialInventory Inventory(string sweepId) => Guard("read", () =>
    {
        using var c = _db.OpenConnection();
        return new PartialInventory(SqlInventory.Read(c, "SELECT unit, bucket, data FROM unit_partials WHERE sweep = $1 ORDER BY bucket, unit;", ("", sweepId)));
    });

    /// <summary>Runs <paramref name="action"/>; database errors become storage faults naming the server, database and table.</summary>
    private T Guard<T>(string operation, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (NpgsqlException e)
        {
            var cause = e is PostgresException p ? $"{p.MessageText} (SQLSTATE {p.SqlState})" : e.GetBaseException().Message;
            throw new StorageFaultException(_name, operation, cause, e);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _db.Dispose();
}
