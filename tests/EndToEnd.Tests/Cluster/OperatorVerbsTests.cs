using System.Text.Json;
using Expressivity.EndToEnd.Tests.Support;
using Expressivity.TestSupport;
using Xunit;

namespace Expressivity.EndToEnd.Tests.Cluster;

/// <summary>The pbm-like verbs through the real client against a real seed: leader, sharding figures, actor tree, log ring, down.</summary>
public sealed class OperatorVerbsTests
{
    private const string Secret = "s3cret-for-verbs";

    [Fact]
    public async Task Leader_shard_stats_log_slurp_and_actor_hierarchy_answer_from_a_running_seed()
    {
        using var dir = new TempDirectory();
        var (port, cmd) = (FreePort.Next(), FreePort.Next());
        using var seed = HostProcess.Start("Seed", "serve", "--port", $"{port}", "--data-dir", dir.Path, "--cmd-port", $"{cmd}", "--secret", Secret);
        async Task<(int Code, string Out, string Err)> Ecmd(params string[] args) =>
            await HostProcess.Run("Cli", Patience.Event, [$"127.0.0.1:{cmd}", "--secret", Secret, .. args]);
        await LocalCluster.WaitUntil(async () => (await Ecmd("node", "health")).Code == 0, Patience.Event, "seed up");
        var self = $"akka.tcp://expressivity@127.0.0.1:{port}";

        var leader = await Ecmd("cluster", "leader");
        Assert.Equal(0, leader.Code);
        Assert.Contains($"leader: {self}", leader.Out);
        Assert.Contains($"role coordinator: {self}", leader.Out);

        // The seed has no worker role: the sweep stays running, and its coordinator is the one sharded entity.
        var start = await Ecmd("sweep", "start", dir.File("n3.json", """{ "kind": "neuron-expressivity", "n": 3, "weights": { "set": [0, 1] } }"""));
        Assert.Equal(0, start.Code);
        var sweepId = start.Out.Split(':')[0].Trim();
        var shards = await Ecmd("cluster-sharding", "shard-stats", "--json");
        Assert.Equal(0, shards.Code);
        var shard = Assert.Single(JsonDocument.Parse(shards.Out).RootElement.EnumerateArray());
        Assert.Equal("sweep", shard.GetProperty("type").GetString());
        Assert.Equal(self, shard.GetProperty("node").GetString());
        Assert.Equal(1, shard.GetProperty("entities").GetInt32());

        await LocalCluster.WaitUntil(async () => (await Ecmd("log", "slurp")).Out.Contains($"Sweep {sweepId}: coordinator started on {self}"), Patience.Event, "the coordinator's start in the log ring");
        var slurp = JsonDocument.Parse((await Ecmd("log", "slurp", "--json")).Out).RootElement;
        Assert.Contains(slurp.EnumerateArray(), line => line.GetString()!.Contains("Command host listening on 127.0.0.1:" + cmd));

        var actors = await Ecmd("actor", "hierarchy");
        Assert.Equal(0, actors.Code);
        var paths = actors.Out.Split('\n', StringSplitOptions.TrimEntries);
        Assert.Contains("/user", paths);
        Assert.Contains("/system/sharding/sweep", paths);
        Assert.Contains(paths, p => p.StartsWith("/system/sharding/sweep/", StringComparison.Ordinal)); // the shard, with the entity below it

        // Mutating verbs need the secret like every other; an address that is no member is named, not acted on.
        var anonymous = await HostProcess.Run("Cli", Patience.Event, $"127.0.0.1:{cmd}", "cluster", "down", self);
        Assert.Equal(3, anonymous.Code);
        var stranger = await Ecmd("cluster", "down", "akka.tcp://expressivity@127.0.0.1:1");
        Assert.Equal(1, stranger.Code);
        Assert.Contains("akka.tcp://expressivity@127.0.0.1:1 is not a member of this cluster", stranger.Out);
        Assert.Equal(0, (await Ecmd("node", "health")).Code);
    }
}
