using Expressivity.Actors.Coordinator;
using Expressivity.Actors.Hosting;
using Expressivity.Actors.Tests.Support;
using Expressivity.Domain.Sweeps;
using Expressivity.TestSupport;
using Xunit;

namespace Expressivity.Actors.Tests.Cluster;

/// <summary>The one-node cluster with its journal, snapshots and partial results in a real PostgreSQL.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresClusterTests(PostgresServer server)
{
    static PostgresClusterTests() => SweepCatalog.Register(SquaresKind.Instance);

    private StorageOptions Storage() => new() { Provider = "postgresql", ConnectionString = server.CreateDatabase() };

    [Fact]
    public async Task Sweep_on_postgresql_follows_splits_and_matches_the_closed_form()
    {
        var def = SweepDefinition.Parse(SquaresKind.SpecJson(n: 5000, units: 7, splitAbove: 400));
        // A snapshot every 5 completions exercises the PostgreSQL snapshot store as well as the journal.
        await using var node = await EmbeddedNode.Start(Storage(), coordinator: new CoordinatorOptions { SnapshotEvery = 5 });

        Assert.True((await node.Start(def.Id, def.NormalJson)).Ok);
        var done = await node.WaitFor(def.Id, s => SweepPhase.IsFinal(s.State));

        Assert.Equal(SweepPhase.Completed, done.State);
        Assert.Contains($"\"squares\":\"{SquaresKind.Expected(5000)}\"", done.ResultJson);
        Assert.Contains("\"ranges\":\"14\"", done.ResultJson);
        Assert.Equal(7 + 14 + 1, done.UnitsDoneAllStages);
    }

    [Fact]
    public async Task Restarted_node_on_postgresql_resumes_and_counts_every_unit_once()
    {
        var storage = Storage();
        var def = SweepDefinition.Parse(SquaresKind.SpecJson(n: 3000, units: 60, delayMs: 40));
        var options = new CoordinatorOptions { SnapshotEvery = 7 };
        await using (var first = await EmbeddedNode.Start(storage, capacity: 2, options))
        {
            Assert.True((await first.Start(def.Id, def.NormalJson)).Ok);
            await first.WaitFor(def.Id, s => s.StageUnitsDone >= 10);
        }

        // The second node recovers the coordinator from the snapshot plus later events in PostgreSQL.
        await using var second = await EmbeddedNode.Start(storage, capacity: 2, options);
        var resumed = await second.Start(def.Id, def.NormalJson);
        Assert.StartsWith("resumed", resumed.Message);
        var done = await second.WaitFor(def.Id, s => SweepPhase.IsFinal(s.State));

        Assert.Equal(SweepPhase.Completed, done.State);
        Assert.Contains($"\"squares\":\"{SquaresKind.Expected(3000)}\"", done.ResultJson);
        Assert.Contains("\"ranges\":\"60\"", done.ResultJson);
        Assert.Equal(61, done.UnitsDoneAllStages);
    }
}
