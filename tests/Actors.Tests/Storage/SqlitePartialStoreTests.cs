using Expressivity.Actors.Storage;
using Expressivity.Domain.Sweeps;
using Expressivity.TestSupport;
using Xunit;

namespace Expressivity.Actors.Tests.Storage;

public sealed class SqlitePartialStoreTests
{
    private static readonly Dictionary<int, byte[]> Buckets = new() { [3] = [1, 2, 3], [0] = [9], [7] = [] };

    [Fact]
    public void Inventory_recomputes_the_digest_the_writer_computed()
    {
        using var dir = new TempDirectory();
        var store = new SqlitePartialStore(Path.Combine(dir.Path, "partials.db"));
        store.PutUnit("s", "u1", Buckets);
        store.PutUnit("s", "u2", new Dictionary<int, byte[]> { [1] = [4] });
        store.PutUnit("other", "u3", Buckets);
        var inventory = store.Inventory("s");
        Assert.Null(inventory.Note);
        Assert.Equal(["u1", "u2"], inventory.Units.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(PartialDigest.Of(Buckets), inventory.Units["u1"]);
        Assert.Equal(new PartialDigest(PartialDigest.Of(Buckets).Sha256, 3, 4), inventory.Units["u1"]);
        Assert.NotEqual(inventory.Units["u1"], inventory.Units["u2"]);
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_quarantined_and_the_store_starts_empty()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "partials.db");
        File.WriteAllBytes(path, Enumerable.Repeat((byte)0x5A, 8192).ToArray());
        var store = new SqlitePartialStore(path);
        var inventory = store.Inventory("s");
        Assert.Empty(inventory.Units);
        Assert.Contains("partials.db", inventory.Note);
        Assert.Contains("recomputed", inventory.Note);
        Assert.Single(Directory.GetFiles(dir.Path, "partials.db.damaged-*"));
        store.PutUnit("s", "u", Buckets); // usable again
        Assert.Single(store.Inventory("s").Units);
    }

    [Fact]
    public void A_truncated_file_is_quarantined_when_opened()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "partials.db");
        var first = new SqlitePartialStore(path);
        for (var i = 0; i < 200; i++) first.PutUnit("s", $"u{i}", new Dictionary<int, byte[]> { [i % 16] = new byte[3000] });
        using (var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            c.Open();
            using var checkpoint = c.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            checkpoint.ExecuteNonQuery();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        using (var f = new FileStream(path, FileMode.Open)) f.SetLength(f.Length / 2);
        var reopened = new SqlitePartialStore(path);
        Assert.NotNull(reopened.QuarantineNote);
        Assert.Empty(reopened.Inventory("s").Units);
    }

    [Fact]
    public void Sqlite_errors_leave_as_storage_faults_naming_the_file()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "sub", "partials.db");
        // The directory does not exist: SQLite cannot create the file, whoever runs the test.
        var e = Assert.Throws<StorageFaultException>(() => new SqlitePartialStore(path));
        Assert.Contains("partials.db", e.Message);
        Assert.Contains(path, e.Store);
        Assert.Equal("open", e.Operation);
        Assert.Contains("unable to open", e.Cause);
    }
}
