using System.Text;
using Expressivity.Actors.Storage;
using Expressivity.Actors.Tests.Support;
using Expressivity.TestSupport;
using Xunit;

namespace Expressivity.Actors.Tests.Storage;

[Collection(PostgresCollection.Name)]
public sealed class PostgresPartialStoreTests(PostgresServer server)
{
    private static Dictionary<int, byte[]> Buckets(params (int Bucket, string Text)[] items) =>
        items.ToDictionary(i => i.Bucket, i => Encoding.UTF8.GetBytes(i.Text));

    private static string[] Read(PostgresPartialStore store, string sweep, int bucket) =>
        store.ReadBucket(sweep, bucket).Select(b => Encoding.UTF8.GetString(b)).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Database_errors_are_storage_faults_naming_server_database_and_table()
    {
        var connection = server.CreateDatabase();
        using var store = new PostgresPartialStore(connection);
        using (var db = Npgsql.NpgsqlDataSource.Create(connection))
        using (var drop = db.CreateCommand("DROP TABLE unit_partials;"))
            drop.ExecuteNonQuery();

        var where = new Npgsql.NpgsqlConnectionStringBuilder(connection);
        var fault = Assert.Throws<Expressivity.Domain.Sweeps.StorageFaultException>(() => store.PutUnit("s", "a", Buckets((0, "a0"))));
        Assert.Equal($"PostgreSQL {where.Host}:{where.Port}/{where.Database} table unit_partials", fault.Store);
        Assert.Equal("write", fault.Operation);
        Assert.Equal("relation \"unit_partials\" does not exist (SQLSTATE 42P01)", fault.Cause);
        Assert.Equal("read", Assert.Throws<Expressivity.Domain.Sweeps.StorageFaultException>(() => store.ReadSweep("s")).Operation);
    }

    [Fact]
    public void Put_replaces_a_units_buckets_as_a_whole_and_reads_return_every_units_blob()
    {
        using var store = new PostgresPartialStore(server.CreateDatabase());
        store.PutUnit("s", "a", Buckets((0, "a0"), (1, "a1")));
        store.PutUnit("s", "b", Buckets((0, "b0")));
        Assert.Equal(["a0", "b0"], Read(store, "s", 0));
        Assert.Equal(["a1"], Read(store, "s", 1));
        Assert.Empty(Read(store, "s", 2));

        // A re-run unit writes different buckets: nothing of its first run may survive.
        store.PutUnit("s", "a", Buckets((1, "a1'"), (2, "a2'")));
        Assert.Equal(["b0"], Read(store, "s", 0));
        Assert.Equal(["a1'"], Read(store, "s", 1));
        Assert.Equal(["a2'"], Read(store, "s", 2));

        store.PutUnit("s", "b", Buckets());
        Assert.Empty(Read(store, "s", 0));
    }

    [Fact]
    public void Delete_sweep_removes_only_that_sweep_and_a_second_store_sees_the_same_rows()
    {
        var cs = server.CreateDatabase();
        using var store = new PostgresPartialStore(cs);
        store.PutUnit("one", "u", Buckets((0, "one-u")));
        store.PutUnit("two", "u", Buckets((0, "two-u")));
        Assert.Equal(["one-u"], Read(store, "one", 0));

        // Another worker process opens the same database: the table exists already, the rows are shared.
        using var other = new PostgresPartialStore(cs);
        Assert.Equal(["two-u"], Read(other, "two", 0));
        other.DeleteSweep("one");
        Assert.Empty(Read(store, "one", 0));
        Assert.Equal(["two-u"], Read(store, "two", 0));
    }

    [Fact]
    public void Large_binary_blobs_round_trip_byte_for_byte()
    {
        using var store = new PostgresPartialStore(server.CreateDatabase());
        var blob = new byte[3_000_000];
        new Random(7).NextBytes(blob);
        store.PutUnit("s", "big", new Dictionary<int, byte[]> { [5] = blob, [6] = [] });
        Assert.Equal(blob, Assert.Single(store.ReadBucket("s", 5)));
        Assert.Empty(Assert.Single(store.ReadBucket("s", 6)));
    }
}
