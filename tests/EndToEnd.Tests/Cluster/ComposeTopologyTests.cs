using System.Diagnostics;
using System.Text.RegularExpressions;
using Expressivity.EndToEnd.Tests.Support;
using Expressivity.TestSupport;
using Xunit;

namespace Expressivity.EndToEnd.Tests.Cluster;

/// <summary>
/// The docker-compose topology (PostgreSQL, one seed, two workers) as processes on loopback, driven
/// only through the operator client, the way a runbook would.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed partial class ComposeTopologyTests(PostgresServer postgres)
{
    [Fact]
    public async Task Operator_runs_a_sweep_end_to_end_and_a_worker_leaves_gracefully_on_SIGTERM()
    {
        await using var cluster = new LocalCluster(postgres);
        await cluster.StartSeed();
        cluster.StartWorker();
        cluster.StartWorker();
        await LocalCluster.WaitUntil(async () => Regex.Count((await cluster.Cli("cluster", "show")).Out, @"\| Up \|") == 3, Patience.Event, "3 members up");

        // pbm's shape: address | [roles] | status | reachability | version, then the count.
        var show = (await cluster.Cli("cluster", "show")).Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, show.Length);
        Assert.All(show[..3], line => Assert.Matches(MemberLine(), line));
        Assert.Single(show, l => l.Contains("[coordinator, seed]"));
        Assert.Equal(2, show.Count(l => l.Contains("| [worker] | Up | Reachable |")));

        using var dir = new TempDirectory();
        var id = await cluster.StartSweep(dir.File("spec.json", """{"kind":"neuron-expressivity","n":5,"weights":{"min":-5,"max":5}}"""));
        var watch = await cluster.Cli("sweep", "watch", id);
        Assert.Equal(0, watch.Code);
        Assert.Contains("(completed)", watch.Out);
        Assert.Matches(@"127\.0\.0\.1:\d+/\d+: \d+ done", watch.Out);

        var csv = await cluster.Cli("sweep", "results", id, "--csv");
        Assert.Contains("distinct functions,94572", csv.Out);
        var list = await cluster.Cli("sweep", "list");
        Assert.Contains($"{id} | neuron-expressivity | completed |", list.Out);
        var stats = await cluster.Cli("cluster-sharding", "region-stats", "-r", "sweep");
        Assert.Contains("Count: 1 shards, 1 entities", stats.Out);

        // SIGTERM: the worker leaves (not merely becomes unreachable) and exits 0.
        var leaver = cluster.Workers[0];
        Process.Start("kill", ["-TERM", $"{leaver.Id}"])!.WaitForExit();
        Assert.Equal(0, await leaver.WaitForExit(Patience.Event));
        await LocalCluster.WaitUntil(async () => (await cluster.Cli("cluster", "show")).Out.Contains("Count: 2 nodes"), Patience.Event, "the leaver removed");
        Assert.DoesNotContain("Unreachable", (await cluster.Cli("cluster", "show")).Out);
    }

    [GeneratedRegex(@"^akka\.tcp://expressivity@127\.0\.0\.1:\d+ \| \[[a-z, ]+\] \| Up \| Reachable \| [0-9.]+$")]
    private static partial Regex MemberLine();
}
