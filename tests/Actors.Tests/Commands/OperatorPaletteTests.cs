using System.Text.Json;
using Expressivity.Actors.Commands;
using Expressivity.Actors.Hosting;
using Expressivity.Actors.Tests.Support;
using Expressivity.Domain.Sweeps;
using Expressivity.TestSupport;
using Xunit;
using ClusterState = Akka.Cluster.Cluster;
using MemberStatus = Akka.Cluster.MemberStatus;

namespace Expressivity.Actors.Tests.Commands;

/// <summary>The pbm-like verbs against a real one-node cluster: leader, sharding figures, actor tree, log ring, JSON listings.</summary>
public sealed class OperatorPaletteTests
{
    static OperatorPaletteTests() => SweepCatalog.Register(SquaresKind.Instance);

    private static async Task<(int Code, string Out)> Ecmd(EmbeddedNode node, LogBuffer log, params string[] args)
    {
        var output = new StringWriter();
        var code = await CommandCatalog.Dispatch(args, new CommandContext(node.System, log, output, null, CancellationToken.None));
        return (code, output.ToString());
    }

    [Fact]
    public async Task Listings_answer_in_text_and_json()
    {
        using var dir = new TempDirectory();
        var def = SweepDefinition.Parse(SquaresKind.SpecJson(n: 20, units: 4));
        await using var node = await EmbeddedNode.Start(new StorageOptions { DataDirectory = dir.Path });
        Assert.True((await node.Start(def.Id, def.NormalJson)).Ok);
        await node.WaitFor(def.Id, s => s.State == "completed");
        var self = ClusterState.Get(node.System).SelfAddress.ToString();
        var log = new LogBuffer();
        for (var i = 0; i < 3; i++) log.Write($"line {i}");

        var leader = await Ecmd(node, log, "cluster", "leader");
        Assert.Equal(0, leader.Code);
        Assert.Contains($"leader: {self}", leader.Out);

        var leaderJson = JsonDocument.Parse((await Ecmd(node, log, "cluster", "leader", "--json")).Out).RootElement;
        Assert.Equal(self, leaderJson.GetProperty("leader").GetString());

        var members = JsonDocument.Parse((await Ecmd(node, log, "cluster", "show", "--json")).Out).RootElement;
        Assert.Equal(self, Assert.Single(members.EnumerateArray()).GetProperty("address").GetString());

        var regions = JsonDocument.Parse((await Ecmd(node, log, "cluster-sharding", "regions", "--json")).Out).RootElement;
        var region = Assert.Single(regions.EnumerateArray());
        Assert.Equal("sweep", region.GetProperty("type").GetString());
        Assert.Equal(self, region.GetProperty("node").GetString());
        Assert.Equal(1, region.GetProperty("entities").GetInt64()); // the one sweep's coordinator

        var shards = await Ecmd(node, log, "cluster-sharding", "shard-stats", "-r", "sweep");
        Assert.Equal(0, shards.Code);
        Assert.Contains("Count: 1 shards, 1 entities", shards.Out);

        var actors = await Ecmd(node, log, "actor", "hierarchy");
        Assert.Contains("/user", actors.Out.Split('\n', StringSplitOptions.TrimEntries));
        Assert.Contains("/system/sharding/sweep", actors.Out);

        var sweeps = JsonDocument.Parse((await Ecmd(node, log, "sweep", "list", "--json")).Out).RootElement;
        Assert.Equal(def.Id, Assert.Single(sweeps.EnumerateArray()).GetProperty("sweepId").GetString());

        var slurp = JsonDocument.Parse((await Ecmd(node, log, "log", "slurp", "--json")).Out).RootElement;
        Assert.Equal(["line 0", "line 1", "line 2"], slurp.EnumerateArray().Select(e => e.GetString()!));
    }

    [Fact]
    public async Task Down_and_join_refuse_bad_addresses_naming_them()
    {
        using var dir = new TempDirectory();
        await using var node = await EmbeddedNode.Start(new StorageOptions { DataDirectory = dir.Path });
        var log = new LogBuffer();

        var notAddress = await Ecmd(node, log, "cluster", "down", "nowhere");
        Assert.Equal(2, notAddress.Code);
        Assert.Contains("'nowhere' is not a member address", notAddress.Out);

        var stranger = await Ecmd(node, log, "cluster", "down", "akka.tcp://expressivity@10.9.9.9:4053");
        Assert.Equal(1, stranger.Code);
        Assert.Contains("is not a member", stranger.Out);

        var missing = await Ecmd(node, log, "cluster", "join");
        Assert.Equal(2, missing.Code);

        var self = ClusterState.Get(node.System).SelfAddress;
        var elsewhere = await Ecmd(node, log, "cluster", "join", $"akka.tcp://{self.System}@10.9.9.9:4053");
        Assert.Equal(1, elsewhere.Code);
        Assert.Contains($"{self} is already a member of a cluster that akka.tcp://{self.System}@10.9.9.9:4053 is not in", elsewhere.Out);

        var otherSystem = await Ecmd(node, log, "cluster", "join", "akka.tcp://other@10.9.9.9:4053");
        Assert.Equal(1, otherSystem.Code);
        Assert.Contains("belongs to actor system 'other'", otherSystem.Out);

        var leaveStranger = await Ecmd(node, log, "cluster", "leave", "akka.tcp://expressivity@10.9.9.9:4053");
        Assert.Equal(1, leaveStranger.Code);
        Assert.Equal(MemberStatus.Up, ClusterState.Get(node.System).SelfMember.Status); // nothing happened to this node
    }

    [Fact]
    public async Task Unknown_sweep_ids_are_no_such_sweep()
    {
        using var dir = new TempDirectory();
        await using var node = await EmbeddedNode.Start(new StorageOptions { DataDirectory = dir.Path });
        var log = new LogBuffer();

        foreach (var verb in new[] { "status", "watch", "results" })
        {
            var answer = await Ecmd(node, log, "sweep", verb, "never-started");
            Assert.Equal(1, answer.Code);
            Assert.Equal("error: no such sweep 'never-started' (see 'sweep list')\n", answer.Out.ReplaceLineEndings("\n"));
        }
    }

    [Fact]
    public async Task Worker_figures_are_per_run()
    {
        using var dir = new TempDirectory();
        var def = SweepDefinition.Parse(SquaresKind.SpecJson(n: 20, units: 4));
        await using var node = await EmbeddedNode.Start(new StorageOptions { DataDirectory = dir.Path });
        Assert.True((await node.Start(def.Id, def.NormalJson)).Ok);
        var first = await node.WaitFor(def.Id, s => s.State == "completed");
        var perRun = Assert.Single(first.Workers).UnitsDone;
        Assert.Equal(5, perRun); // 4 units of stage 0, the reduction of stage 1

        Assert.True((await node.Start(def.Id, def.NormalJson, fresh: true)).Ok);
        var second = await node.WaitFor(def.Id, s => s.State == "completed");

        Assert.Equal(perRun, Assert.Single(second.Workers).UnitsDone); // not twice as many: the fresh run counts from zero
        var watch = await Ecmd(node, new LogBuffer(), "sweep", "watch", def.Id);
        Assert.Equal(0, watch.Code);
        Assert.Equal("[##############################] stage 1: 1/1 units (completed)\n", watch.Out.ReplaceLineEndings("\n"));
    }
}
