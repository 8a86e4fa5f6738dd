using Expressivity.Domain.Sweeps;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Expressivity.Actors.Storage;

/// <summary>
/// Where the event journal lives, so a failed journal write or read can be reported as a storage fault
/// naming the file (or server and table) and the cause, instead of a stalled sweep or a timeout.
/// </summary>
/// <param name="Name">E.g. "journal.db (/data/journal.db)" or "journal (PostgreSQL db:5432/sweeps, table journal)".</param>
/// <param name="SqliteFile">The journal file when it is SQLite; null for PostgreSQL.</param>
public sealed record JournalLocation(string Name, string? SqliteFile)
{
    /// <summary>Used when the host did not say (tests that build a coordinator by hand).</summary>
    public static readonly JournalLocation Unknown = new("journal", null);

    /// <summary>An SQLite journal file.</summary>
    public static JournalLocation Sqlite(string path)
    {
        var full = Path.GetFullPath(path);
        return new JournalLocation($"{Path.GetFileName(full)} ({full})", full);
    }

    /// <summary>A PostgreSQL journal: server, port, database and Akka.Persistence.Sql's default table (no password).</summary>
    public static JournalLocation Postgres(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        return new JournalLocation($"journal (PostgreSQL {b.Host}:{b.Port}/{b.Database}, table journal)", null);
    }

    /// <summary>
    /// The fault behind <paramref name="cause"/> as the database and the operating system give it. The
    /// plugin may hide the database error (an open circuit breaker says only "failing fast"), so for an
    /// SQLite file without one in the chain the file is probed the way a write would use it.
    /// </summary>
    public StorageFaultException Describe(Exception cause, string operation)
    {
        if (StorageFaultException.Find(cause) is { } known) return known;
        if (Find<SqliteException>(cause) is { } sqlite && SqliteFile is not null)
            return new StorageFaultException(Name, operation, SqliteFaults.Describe(sqlite, SqliteFile), cause);
        if (Find<NpgsqlException>(cause) is { } pg)
            return new StorageFaultException(Name, operation, pg is PostgresException p ? $"{p.MessageText} (SQLSTATE {p.SqlState})" : pg.Message, cause);
        if (SqliteFile is not null)
        {
            try
            {
                JournalProbe.Check(SqliteFile);
            }
            catch (StorageFaultException probed)
            {
                return new StorageFaultException(Name, operation, probed.Cause, cause);
            }
        }

        return new StorageFaultException(Name, operation, cause.GetBaseException().Message, cause);
    }

    private static T? Find<T>(Exception? e) where T : Exception => e switch
    {
        null => null,
        T t => t,
        AggregateException a => a.InnerExceptions.Select(Find<T>).FirstOrDefault(x => x is not null),
        _ => Find<T>(e.InnerException),
    };
}
