using Expressivity.Actors.Coordinator;
using Expressivity.Actors.Hosting;
using Expressivity.Domain.Sweeps;
using Xunit;

namespace Expressivity.Actors.Tests.Support;

/// <summary>Sweep scenarios on a one-node cluster, run against each storage provider by the test classes.</summary>
public static class ClusterScenarios
{
    static ClusterScenarios() => SweepCatalog.Register(SquaresKind.Instance);

    /// <summary>Every stage runs, run-time splits are followed, and the total matches the closed form.</summary>
    public static async Task SplitsAndStages(StorageOptions storage, CoordinatorOptions? coordinator = null)
    {
        var def = SweepDefinition.Parse(SquaresKind.SpecJson(n: 5000, units: 7, splitAbove: 400));
        await using var node = await EmbeddedNode.Start(storage, coordinator: coordinator);

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

    /// <summary>A node stopped mid-sweep and started again resumes it and counts every unit once.</summary>
    public static async Task RestartResumes(StorageOptions storage, CoordinatorOptions? coordinator = null)
    {
        var def = SweepDefinition.Parse(SquaresKind.SpecJson(n: 3000, units: 60, delayMs: 40));
        await using (var first = await EmbeddedNode.Start(storage, capacity: 2, coordinator))
        {
            Assert.True((await first.Start(def.Id, def.NormalJson)).Ok);
            await first.WaitFor(def.Id, s => s.StageUnitsDone >= 10);
        }

        // The second node recovers the coordinator from the journal (and snapshot, when one was taken).
        await using var second = await EmbeddedNode.Start(storage, capacity: 2, coordinator);
        var resumed = await second.Start(def.Id, def.NormalJson);
        Assert.StartsWith("resumed", resumed.Message);
        var done = await second.WaitFor(def.Id, s => SweepPhase.IsFinal(s.State));

        Assert.Equal(SweepPhase.Completed, done.State);
        Assert.Contains($"\"squares\":\"{SquaresKind.Expected(3000)}\"", done.ResultJson);
        Assert.Contains("\"ranges\":\"60\"", done.ResultJson);
        Assert.Equal(61, done.UnitsDoneAllStages);
    }
}
