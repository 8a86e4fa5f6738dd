using Expressivity.Domain.Sweeps;
using Microsoft.Data.Sqlite;

namespace Expressivity.Actors.Storage;

/// <summary>
/// Checks that an SQLite journal can be written before the persistence plugin relies on it: the plugin
/// only reports a failed write as a timeout far from its cause, so a read-only journal.db or a full disk
/// is found here and reported as a <see cref="StorageFaultException"/> naming the file and the cause.
/// </summary>
public static class JournalProbe
{
    /// <summary>Opens <paramref name="path"/> (creating it), sets WAL mode and commits one small write; throws a storage fault when that fails.</summary>
    public static void Check(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Pooling = false }.ToString());
            c.Open();
            using var cmd = c.CreateCommand();
            // WAL: one append per commit instead of a rollback journal, and just as safe against a killed process.
            cmd.CommandText = """
                PRAGMA journal_mode=WAL;
                CREATE TABLE IF NOT EXISTS write_probe (at TEXT NOT NULL);
                DELETE FROM write_probe;
                INSERT INTO write_probe (at) VALUES (datetime('now'));
                """;
            cmd.ExecuteNonQuery();
        }
        catch (SqliteException e)
        {
            throw new StorageFaultException($"{Path.GetFileName(full)} ({full})", "write", SqliteFaults.Describe(e, full), e);
        }
    }
}
