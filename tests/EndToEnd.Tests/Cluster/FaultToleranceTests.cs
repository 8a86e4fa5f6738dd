using Expressivity.Domain.Sweeps;
using Expressivity.EndToEnd.Tests.Support;
using Expressivity.TestSupport;
using Xunit;

namespace Expressivity.EndToEnd.Tests.Cluster;

/// <summary>
/// The real hosts on loopback (PostgreSQL, a seed, worker processes) with faults injected mid-sweep.
/// Every sweep must end with the uninterrupted result, computed here independently with the in-process
/// <see cref="LocalRunner"/>, and with every planned unit completed exactly once in the journal.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class FaultToleranceTests(PostgresServer postgres)
{
    private const string Spec = """{"kind":"neuron-expressivity","n":6,"weights":{"min":-3,"max":3}}""";
    private static readonly Lazy<string> Expected = new(() =>
        LocalRunner.Run(SweepDefinition.Parse(Spec)).Result["distinctFunctions"]!.GetValue<string>());

    [Fact]
    public async Task Worker_killed_mid_sweep_loses_nothing()
    {
        await using var cluster = new LocalCluster(postgres);
        await cluster.StartSeed();
        cluster.StartWorker();
        cluster.StartWorker();
        var id = await StartAndWaitForProgress(cluster, 60);

        cluster.Workers[0].Kill(); // SIGKILL: its leases must come back through expiry or downing

        await AssertExactlyOnce(cluster, id);
    }

    [Fact]
    public async Task Seed_holding_the_coordinator_killed_and_restarted_resumes()
    {
        await using var cluster = new LocalCluster(postgres);
        await cluster.StartSeed();
        cluster.StartWorker();
        var id = await StartAndWaitForProgress(cluster, 60);

        cluster.Seed!.Kill();
        await cluster.StartSeed(); // same port, same database: the coordinator recovers from the journal

        await AssertExactlyOnce(cluster, id);
    }

    [Fact]
    public async Task PostgreSQL_stopped_and_restarted_mid_sweep_loses_nothing()
    {
        await using var cluster = new LocalCluster(postgres);
        await cluster.StartSeed();
        cluster.StartWorker();
        var id = await StartAndWaitForProgress(cluster, 60);

        postgres.Stop("immediate");
        await Task.Delay(TimeSpan.FromSeconds(3));
        postgres.Start();

        await AssertExactlyOnce(cluster, id);
    }

    [Fact]
    public async Task Worker_added_mid_sweep_gets_work_within_seconds()
    {
        await using var cluster = new LocalCluster(postgres);
        await cluster.StartSeed();
        cluster.StartWorker();
        var id = await StartAndWaitForProgress(cluster, 30);

        var port = cluster.StartWorker();
        await LocalCluster.WaitUntil(() => Task.FromResult(cluster.Completions(id).Any(c => c.WorkerId.Contains($":{port}/"))),
            Patience.Event, "the new worker completes a unit");

        await AssertExactlyOnce(cluster, id);
    }

    private static async Task<string> StartAndWaitForProgress(LocalCluster cluster, int completions)
    {
        using var dir = new TempDirectory();
        var id = await cluster.StartSweep(dir.File("spec.json", Spec));
        await LocalCluster.WaitUntil(() => Task.FromResult(cluster.Completions(id).Count >= completions), Patience.Event, $"{completions} completions");
        Assert.True(cluster.Completions(id).Count < 729, "the fault came too late: stage 0 was already done");
        return id;
    }

    private static async Task AssertExactlyOnce(LocalCluster cluster, string id)
    {
        var result = await cluster.WaitForResult(id, Patience.Sweep);
        Assert.Equal("completed", result.GetProperty("status").GetString());
        Assert.Equal(Expected.Value, result.GetProperty("result").GetProperty("distinctFunctions").GetString());
        var completed = cluster.Completions(id).Select(c => c.UnitId).ToList();
        Assert.Equal(completed.Count, completed.Distinct().Count());
        Assert.Equal(cluster.Journal.PlannedUnits(id).Order(StringComparer.Ordinal), completed.Order(StringComparer.Ordinal));
    }
}
