using Expressivity.Actors.Coordinator;
using Expressivity.Actors.Hosting;
using Expressivity.Actors.Tests.Support;
using Expressivity.Domain.Sweeps;
using Expressivity.TestSupport;
using Xunit;

namespace Expressivity.Actors.Tests.Cluster;

/// <summary>
/// PostgreSQL goes away mid-sweep and comes back: journal writes and partial-store writes fail for a
/// while, the coordinator stops on the failed persist and is recreated by the next message, workers
/// resend unacknowledged reports. The sweep must still finish with every unit counted exactly once.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresOutageTests(PostgresServer server)
{
    static PostgresOutageTests() => SweepCatalog.Register(SquaresKind.Instance);

    [Theory]
    [InlineData("fast")]
    [InlineData("immediate")]
    public async Task Sweep_survives_postgresql_stopping_mid_stage_and_finishes_exactly(string stopMode)
    {
        var storage = new StorageOptions { Provider = "postgresql", ConnectionString = server.CreateDatabase() };
        var def = SweepDefinition.Parse(SquaresKind.SpecJson(n: 4000, units: 80, delayMs: 30));
        await using var node = await EmbeddedNode.Start(storage, capacity: 3, new CoordinatorOptions { SnapshotEvery = 10 });
        Assert.True((await node.Start(def.Id, def.NormalJson)).Ok);
        await node.WaitFor(def.Id, s => s.StageUnitsDone >= 15);

        server.Stop(stopMode);
        try
        {
            // The outage itself is the scenario: units keep finishing and failing to store meanwhile.
            await Task.Delay(TimeSpan.FromSeconds(3));
        }
        finally
        {
            server.Start();
        }

        var done = await node.WaitFor(def.Id, s => SweepPhase.IsFinal(s.State), TimeSpan.FromSeconds(120));
        Assert.Equal(SweepPhase.Completed, done.State);
        Assert.Contains($"\"squares\":\"{SquaresKind.Expected(4000)}\"", done.ResultJson);
        Assert.Contains("\"ranges\":\"80\"", done.ResultJson);
        Assert.Equal(81, done.UnitsDoneAllStages);
    }
}
