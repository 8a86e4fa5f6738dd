using Expressivity.Actors.Coordinator;
using Expressivity.Actors.Hosting;
using Expressivity.Actors.Tests.Support;
using Expressivity.TestSupport;
using Xunit;

namespace Expressivity.Actors.Tests.Cluster;

/// <summary>The one-node cluster with its journal, snapshots and partial results in a real PostgreSQL.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresClusterTests(PostgresServer server)
{
    private StorageOptions Storage() => new() { Provider = "postgresql", ConnectionString = server.CreateDatabase() };

    // A snapshot every few completions exercises the PostgreSQL snapshot store as well as the journal.
    [Fact]
    public Task Sweep_on_postgresql_follows_splits_and_matches_the_closed_form() =>
        ClusterScenarios.SplitsAndStages(Storage(), new CoordinatorOptions { SnapshotEvery = 5 });

    [Fact]
    public Task Restarted_node_on_postgresql_resumes_and_counts_every_unit_once() =>
        ClusterScenarios.RestartResumes(Storage(), new CoordinatorOptions { SnapshotEvery = 7 });
}
