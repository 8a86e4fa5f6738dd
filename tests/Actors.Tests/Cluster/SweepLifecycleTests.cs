using Akka.Actor;
using Akka.Cluster.Sharding;
using Expressivity.Actors.Coordinator;
using Expressivity.Actors.Protocol;
using Expressivity.Actors.Tests.Support;
using Expressivity.Domain.Sweeps;
using Expressivity.TestSupport;
using Xunit;

namespace Expressivity.Actors.Tests.Cluster;

/// <summary>Operator verbs against one embedded node: a cancelled sweep restarts for real; an unknown id leaves no entity behind.</summary>
public sealed class SweepLifecycleTests
{
    static SweepLifecycleTests() => SweepCatalog.Register(SquaresKind.Instance);

    [Fact]
    public async Task Cancelled_sweep_started_again_runs_to_the_exact_result_keeping_its_units()
    {
        using var dir = new TempDirectory();
        var def = SweepDefinition.Parse(SquaresKind.SpecJson(n: 2000, units: 40, delayMs: 30));
        await using var node = await EmbeddedNode.Start(dir.Path, capacity: 2);
        Assert.True((await node.Start(def.Id, def.NormalJson)).Ok);
        await node.WaitFor(def.Id, s => s.StageUnitsDone >= 5);
        var cancel = await node.Region.Ask<SweepCommandReply>(new CancelSweep(def.Id), TimeSpan.FromSeconds(30));
        Assert.True(cancel.Ok, cancel.Message);
        var cancelled = await node.WaitFor(def.Id, s => s.State == SweepPhase.Cancelled);
        var kept = cancelled.UnitsDoneAllStages;

        var restarted = await node.Start(def.Id, def.NormalJson);
        Assert.True(restarted.Ok, restarted.Message);
        Assert.Equal("restarted after cancel; completed units are kept", restarted.Message);
        var done = await node.WaitFor(def.Id, s => SweepPhase.IsFinal(s.State), TimeSpan.FromMinutes(2));
        Assert.Equal(SweepPhase.Completed, done.State);
        Assert.Contains($"\"squares\":\"{SquaresKind.Expected(2000)}\"", done.ResultJson);
        Assert.Equal(41, done.UnitsDoneAllStages);
        Assert.True(kept >= 5);
    }

    [Fact]
    public async Task Unknown_sweep_answers_no_such_sweep_and_its_entity_stops_again()
    {
        using var dir = new TempDirectory();
        await using var node = await EmbeddedNode.Start(dir.Path, capacity: 1);
        var status = await node.Status("no-such-sweep");
        Assert.Equal("unknown", status.State);
        var pause = await node.Region.Ask<SweepCommandReply>(new PauseSweep("no-such-sweep"), TimeSpan.FromSeconds(30));
        Assert.False(pause.Ok);
        Assert.Equal("no such sweep", pause.Message);
        var cancel = await node.Region.Ask<SweepCommandReply>(new CancelSweep("no-such-sweep"), TimeSpan.FromSeconds(30));
        Assert.Equal("no such sweep", cancel.Message);

        // Passivated through the shard: the region ends up holding no entity for it.
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        while (true)
        {
            var state = await node.Region.Ask<CurrentShardRegionState>(GetShardRegionState.Instance, TimeSpan.FromSeconds(30));
            if (state.Shards.All(s => !s.EntityIds.Contains("no-such-sweep"))) break;
            Assert.True(DateTime.UtcNow < deadline, "the entity of an unknown sweep is still running");
            await Task.Delay(50);
        }
    }
}
