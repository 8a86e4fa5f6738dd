using Expressivity.Actors.Coordinator;
using Expressivity.Actors.Tests.Support;
using Expressivity.Domain.Sweeps;
using Xunit;

namespace Expressivity.Actors.Tests.Cluster;

public sealed class EmbeddedClusterTests
{
    static EmbeddedClusterTests() => SweepCatalog.Register(SquaresKind.Instance);

    [Fact]
    public async Task Sweep_runs_every_stage_follows_splits_and_matches_the_closed_form()
    {
        using var dir = new TempDirectory();
        var def = SweepDefinition.Parse(SquaresKind.SpecJson(n: 5000, units: 7, splitAbove: 400));
        await using var node = await EmbeddedNode.Start(dir.Path);

        var reply = await node.Start(def.Id, def.NormalJson);
        Assert.True(reply.Ok, reply.Message);
        var done = await node.WaitFor(def.Id, s => SweepPhase.IsFinal(s.State));

        Assert.Equal(SweepPhase.Completed, done.State);
        Assert.Contains($"\"squares\":\"{SquaresKind.Expected(5000)}\"", done.ResultJson);
        // 7 ranges of 715 each split once into 2 leaves of <= 400: 7 split units + 14 leaves + 1 reduce.
        Assert.Contains("\"ranges\":\"14\"", done.ResultJson);
        Assert.Equal(7 + 14 + 1, done.UnitsDoneAllStages);
        Assert.Equal(LocalRunner.Run(def).Result["squares"]!.ToString(), SquaresKind.Expected(5000).ToString());
    }

    [Fact]
    public async Task Restarted_node_resumes_the_sweep_and_counts_every_unit_once()
    {
        using var dir = new TempDirectory();
        var def = SweepDefinition.Parse(SquaresKind.SpecJson(n: 3000, units: 60, delayMs: 40));
        await using (var first = await EmbeddedNode.Start(dir.Path, capacity: 2))
        {
            Assert.True((await first.Start(def.Id, def.NormalJson)).Ok);
            await first.WaitFor(def.Id, s => s.StageUnitsDone >= 10);
        }

        await using var second = await EmbeddedNode.Start(dir.Path, capacity: 2);
        var resumed = await second.Start(def.Id, def.NormalJson);
        Assert.StartsWith("resumed", resumed.Message);
        var done = await second.WaitFor(def.Id, s => SweepPhase.IsFinal(s.State));

        Assert.Equal(SweepPhase.Completed, done.State);
        Assert.Contains($"\"squares\":\"{SquaresKind.Expected(3000)}\"", done.ResultJson);
        Assert.Contains("\"ranges\":\"60\"", done.ResultJson);
        Assert.Equal(61, done.UnitsDoneAllStages);
    }

    [Fact]
    public async Task Fresh_start_discards_progress_and_recomputes_the_same_result()
    {
        using var dir = new TempDirectory();
        var def = SweepDefinition.Parse(SquaresKind.SpecJson(n: 1000, units: 5));
        await using var node = await EmbeddedNode.Start(dir.Path);
        Assert.True((await node.Start(def.Id, def.NormalJson)).Ok);
        await node.WaitFor(def.Id, s => s.State == SweepPhase.Completed);

        var again = await node.Start(def.Id, def.NormalJson);
        Assert.Equal("already completed", again.Message);
        var fresh = await node.Start(def.Id, def.NormalJson, fresh: true);
        Assert.Equal("restarted afresh", fresh.Message);
        var done = await node.WaitFor(def.Id, s => s.State == SweepPhase.Completed);
        Assert.Contains($"\"squares\":\"{SquaresKind.Expected(1000)}\"", done.ResultJson);
        Assert.Equal(6, done.UnitsDoneAllStages);
    }
}
