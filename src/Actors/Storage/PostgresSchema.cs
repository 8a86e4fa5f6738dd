using Npgsql;

namespace Expressivity.Actors.Storage;

/// <summary>
/// Schema creation that nodes started in the same second may run together. CREATE TABLE IF NOT EXISTS
/// is not atomic in PostgreSQL (two sessions can both pass the check and one then fails with 23505 on
/// pg_type or 42P07), so the DDL runs under a transaction-scoped advisory lock, and a lost race that
/// still surfaces is retried: the second attempt finds the table and does nothing.
/// </summary>
public static class PostgresSchema
{
    /// <summary>Advisory lock key shared by every node of every version (an arbitrary constant: "EXPRSCHM").</summary>
    public const long LockKey = 0x4558_5052_5343_484D;

    /// <summary>Runs <paramref name="ddl"/> (idempotent statements) once, serialized across nodes.</summary>
    public static void Ensure(NpgsqlDataSource db, string ddl)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var c = db.OpenConnection();
                using var tx = c.BeginTransaction();
                using (var lockCmd = new NpgsqlCommand("SELECT pg_advisory_xact_lock($1);", c, tx))
                {
                    lockCmd.Parameters.AddWithValue(LockKey);
                    lockCmd.ExecuteNonQuery();
                }

                using (var create = new NpgsqlCommand(ddl, c, tx)) create.ExecuteNonQuery();
                tx.Commit();
                return;
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DuplicateTable && attempt < 3)
            {
                // Another session created it between our check and our insert: the next attempt sees it.
            }
        }
    }
}
