using Akka.Hosting;
using Expressivity.Actors.Storage;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Actors.Hosting;

/// <summary>Wires the SQL journal, snapshot store and partial-result store for either provider.</summary>
public static class PersistenceHostingExtensions
{
    /// <summary>
    /// Configures Akka.Persistence.Sql through HOCON (no typed hosting package exists for it here; the
    /// <c>class</c> lines are required or the plugin silently fails to load).
    /// </summary>
    public static AkkaConfigurationBuilder AddSweepPersistence(this AkkaConfigurationBuilder builder, StorageOptions storage)
    {
        storage.Validate();
        if (!storage.IsPostgres) PrepareSqliteJournal(storage);
        var cs = Quote(storage.JournalConnectionString);
        // SQLite allows one writer: a single journal connection avoids lock contention inside the process.
        var parallelism = storage.IsPostgres ? 3 : 1;
        var hocon = $$"""
            akka.persistence {
              journal {
                plugin = "akka.persistence.journal.sql"
                sql {
                  class = "Akka.Persistence.Sql.Journal.SqlWriteJournal, Akka.Persistence.Sql"
                  connection-string = {{cs}}
                  provider-name = "{{storage.ProviderName}}"
                  auto-initialize = true
                  parallelism = {{parallelism}}
                  # Recover within seconds once the database is back (default reset-timeout 30 s).
                  circuit-breaker { max-failures = 10, call-timeout = 20s, reset-timeout = 2s }
                }
              }
              snapshot-store {
                plugin = "akka.persistence.snapshot-store.sql"
                sql {
                  class = "Akka.Persistence.Sql.Snapshot.SqlSnapshotStore, Akka.Persistence.Sql"
                  connection-string = {{cs}}
                  provider-name = "{{storage.ProviderName}}"
                  auto-initialize = true
                  circuit-breaker { max-failures = 5, call-timeout = 20s, reset-timeout = 2s }
                }
              }
            }
            """;
        return builder.AddHocon(hocon, HoconAddMode.Prepend);
    }

    /// <summary>The partial-result store matching <paramref name="storage"/>.</summary>
    public static IPartialStore CreatePartialStore(StorageOptions storage)
    {
        storage.Validate();
        if (storage.IsPostgres) return new PostgresPartialStore(storage.ConnectionString!);
        Directory.CreateDirectory(storage.DataDirectory);
        return new SqlitePartialStore(Path.Combine(storage.DataDirectory, "partials.db"));
    }

    /// <summary>
    /// Creates journal.db in WAL mode before the plugin opens it (the mode is stored in the file) and
    /// proves it writable: a read-only journal or a full disk is reported now, naming journal.db and the
    /// cause, instead of as a timeout once the sweep runs.
    /// </summary>
    private static void PrepareSqliteJournal(StorageOptions storage)
    {
        Directory.CreateDirectory(storage.DataDirectory);
        JournalProbe.Check(Path.Combine(storage.DataDirectory, "journal.db"));
    }

    private static string Quote(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
