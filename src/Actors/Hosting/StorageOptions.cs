namespace Expressivity.Actors.Hosting;

/// <summary>Where the journal, snapshots and partial results live (configuration section <c>Storage</c>).</summary>
public sealed record StorageOptions
{
    /// <summary>"sqlite" (default; embedded, one process per data directory) or "postgresql".</summary>
    public string Provider { get; init; } = "sqlite";

    /// <summary>SQLite only: the data directory holding journal.db and partials.db. Default <c>./data</c>.</summary>
    public string DataDirectory { get; init; } = "data";

    /// <summary>PostgreSQL only: the Npgsql connection string.</summary>
    public string? ConnectionString { get; init; }

    /// <summary>True for PostgreSQL.</summary>
    public bool IsPostgres => Provider.Equals("postgresql", StringComparison.OrdinalIgnoreCase);

    /// <summary>Checks the options; the message names the bad setting.</summary>
    public void Validate()
    {
        if (!IsPostgres && !Provider.Equals("sqlite", StringComparison.OrdinalIgnoreCase))
            throw new ArgumentException($"Storage:Provider must be 'sqlite' or 'postgresql', not '{Provider}'");
        if (IsPostgres && string.IsNullOrWhiteSpace(ConnectionString))
            throw new ArgumentException("Storage:ConnectionString is required when Storage:Provider is 'postgresql'");
    }

    /// <summary>The ADO.NET connection string of the journal and snapshot store.</summary>
    public string JournalConnectionString => IsPostgres
        ? ConnectionString!
        : $"Data Source={Path.GetFullPath(Path.Combine(DataDirectory, "journal.db"))}";

    /// <summary>The Akka.Persistence.Sql provider name.</summary>
    public string ProviderName => IsPostgres ? "PostgreSQL.15" : "SQLite.MS";
}
