using Expressivity.Actors.Hosting;
using Expressivity.Actors.Tests.Support;
using Expressivity.TestSupport;
using Xunit;

namespace Expressivity.Actors.Tests.Checkpoints;

/// <summary>Checkpoints between SQLite data directories and PostgreSQL databases, in every direction.</summary>
[Collection(PostgresCollection.Name)]
public sealed class CheckpointTransferTests(PostgresServer server) : IDisposable
{
    private readonly TempDirectory _dir = new();

    private StorageOptions Sqlite(string name) => new() { DataDirectory = Path.Combine(_dir.Path, name) };

    private StorageOptions Postgres() => new() { Provider = "postgresql", ConnectionString = server.CreateDatabase() };

    [Fact]
    public Task Finished_sweep_exported_from_sqlite_reports_the_same_result_in_postgresql() =>
        CheckpointScenarios.FinishedSweepMoves(Sqlite("a"), Postgres());

    [Fact]
    public Task Finished_sweep_exported_from_postgresql_reports_the_same_result_in_sqlite() =>
        CheckpointScenarios.FinishedSweepMoves(Postgres(), Sqlite("b"));

    [Fact]
    public Task Interrupted_sqlite_sweep_continues_in_postgresql_to_the_uninterrupted_result() =>
        CheckpointScenarios.InterruptedSweepContinuesElsewhere(Sqlite("c"), Postgres());

    [Fact]
    public Task Interrupted_postgresql_sweep_continues_in_sqlite_to_the_uninterrupted_result() =>
        CheckpointScenarios.InterruptedSweepContinuesElsewhere(Postgres(), Sqlite("d"));

    [Fact]
    public Task Interrupted_sqlite_sweep_continues_in_another_sqlite_directory_from_a_compact_checkpoint() =>
        CheckpointScenarios.InterruptedSweepContinuesElsewhere(Sqlite("e"), Sqlite("f"), compact: true);

    [Fact]
    public Task Import_over_an_existing_sweep_is_refused() =>
        CheckpointScenarios.ImportIntoStorageWithTheSweepIsRefused(Sqlite("g"));

    public void Dispose() => _dir.Dispose();
}
