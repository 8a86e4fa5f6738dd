using Expressivity.Actors.Coordinator;
using Expressivity.Actors.Hosting;
using Expressivity.Actors.Tests.Support;
using Expressivity.Domain.Sweeps;
using Expressivity.TestSupport;
using Npgsql;
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

    [Fact]
    public async Task Sweep_survives_postgresql_crashing_mid_stage_and_finishes_exactly()
    {
        var storage = new StorageOptions { Provider = "postgresql", ConnectionString = server.CreateDatabase() };
        var def = SweepDefinition.Parse(SquaresKind.SpecJson(n: 4000, units: 80, delayMs: 30));
        await using var node = await EmbeddedNode.Start(storage, capacity: 3, new CoordinatorOptions { SnapshotEvery = 10 });
        Assert.True((await node.Start(def.Id, def.NormalJson)).Ok);
        await node.WaitFor(def.Id, s => s.StageUnitsDone >= 15);

        // Killed like a crash (no shutdown checkpoint): the restart runs crash recovery, and every
        // pooled connection of the journal and of the partial store is dead afterwards.
        server.Stop("immediate");
        try
        {
            // The outage itself is the scenario: units keep finishing and failing to store meanwhile.
            await Task.Delay(TimeSpan.FromSeconds(2));
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

    [Fact]
    public async Task Partial_store_connection_faults_while_the_journal_works_do_not_fail_the_sweep()
    {
        // Only the partial store's sessions are cut (their last statement names unit_partials): its
        // writes fail with transient errors while every journal write succeeds. Such faults are the
        // storage's, not the kernel's, and must not count towards failing the sweep.
        var cs = server.CreateDatabase();
        var storage = new StorageOptions { Provider = "postgresql", ConnectionString = cs };
        var def = SweepDefinition.Parse(SquaresKind.SpecJson(n: 3000, units: 150, delayMs: 20));
        await using var node = await EmbeddedNode.Start(storage, capacity: 3);
        Assert.True((await node.Start(def.Id, def.NormalJson)).Ok);
        await node.WaitFor(def.Id, s => s.StageUnitsDone >= 5);

        var killed = 0;
        await using (var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(cs) { Pooling = false }.ConnectionString))
        {
            await admin.OpenAsync();
            // Cut for 2 s, and on until a few sessions were cut (a loaded machine may be slow to open them).
            var started = DateTime.UtcNow;
            while (DateTime.UtcNow - started < TimeSpan.FromSeconds(2) || (killed < 3 && DateTime.UtcNow - started < TimeSpan.FromSeconds(15)))
            {
                await using var kill = new NpgsqlCommand(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND query LIKE '%unit_partials%';", admin);
                killed += Convert.ToInt32(await kill.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
                await Task.Delay(10);
            }
        }

        Assert.True(killed > 0);
        var done = await node.WaitFor(def.Id, s => SweepPhase.IsFinal(s.State), TimeSpan.FromSeconds(60));
        Assert.Equal(SweepPhase.Completed, done.State);
        Assert.Contains($"\"squares\":\"{SquaresKind.Expected(3000)}\"", done.ResultJson);
        Assert.Contains("\"ranges\":\"150\"", done.ResultJson);
        Assert.Equal(151, done.UnitsDoneAllStages);
    }
}
