using Expressivity.Actors.Checkpoints;
using Expressivity.Actors.Coordinator;
using Expressivity.Actors.Hosting;
using Expressivity.Actors.Protocol;
using Expressivity.Actors.Tests.Support;
using Expressivity.Domain.Sweeps;
using Expressivity.TestSupport;
using Xunit;

namespace Expressivity.Actors.Tests.Checkpoints;

/// <summary>Export from one storage, import into another, continue: run by the test classes for each pair of providers.</summary>
public static class CheckpointScenarios
{
    static CheckpointScenarios() => SweepCatalog.Register(SquaresKind.Instance);

    /// <summary>A finished sweep moved to another storage reports the same result there.</summary>
    public static async Task FinishedSweepMoves(StorageOptions from, StorageOptions to)
    {
        var def = SweepDefinition.Parse(SquaresKind.SpecJson(n: 2000, units: 5, splitAbove: 300));
        SweepStatus original;
        await using (var node = await EmbeddedNode.Start(from))
        {
            Assert.True((await node.Start(def.Id, def.NormalJson)).Ok);
            original = await node.WaitFor(def.Id, s => SweepPhase.IsFinal(s.State));
        }

        var moved = await MoveThroughFile(from, to, def.Id);
        Assert.Equal(SweepPhase.Completed, moved.State.Phase);
        Assert.Empty(moved.Pending);

        await using var target = await EmbeddedNode.Start(to);
        Assert.Equal("already completed", (await target.Start(def.Id, def.NormalJson)).Message);
        var there = await target.WaitFor(def.Id, s => SweepPhase.IsFinal(s.State));
        Assert.Equal(SweepPhase.Completed, there.State);
        Assert.Equal(original.ResultJson, there.ResultJson);
        Assert.Equal(original.UnitsDoneAllStages, there.UnitsDoneAllStages);
        Assert.Contains($"\"squares\":\"{SquaresKind.Expected(2000)}\"", there.ResultJson);
    }

    /// <summary>
    /// A sweep interrupted mid-stage (every range split, some leaves stored, the rest pending) moved to another
    /// storage and continued there ends exactly as an uninterrupted run: same total, every unit once.
    /// </summary>
    public static async Task InterruptedSweepContinuesElsewhere(StorageOptions from, StorageOptions to, bool compact = false)
    {
        var def = SweepDefinition.Parse(SquaresKind.SpecJson(n: 3000, units: 40, splitAbove: 60, delayMs: 30));
        var uninterrupted = LocalRunner.Run(def);
        await using (var node = await EmbeddedNode.Start(from, capacity: 2))
        {
            Assert.True((await node.Start(def.Id, def.NormalJson)).Ok);
            await node.WaitFor(def.Id, s => s.StageUnitsDone >= 50);
        }

        var moved = await MoveThroughFile(from, to, def.Id, compact);
        Assert.Equal(SweepPhase.Running, moved.State.Phase);
        Assert.NotEmpty(moved.Pending);
        Assert.NotEmpty(moved.StoredPartials);

        await using var target = await EmbeddedNode.Start(to, capacity: 2);
        Assert.StartsWith("resumed", (await target.Start(def.Id, def.NormalJson)).Message);
        var done = await target.WaitFor(def.Id, s => SweepPhase.IsFinal(s.State), TimeSpan.FromMinutes(3));
        Assert.Equal(SweepPhase.Completed, done.State);
        Assert.Contains($"\"squares\":\"{SquaresKind.Expected(3000)}\"", done.ResultJson);
        Assert.Equal(uninterrupted.Result["squares"]!.ToString(), SquaresKind.Expected(3000).ToString());
        // 40 ranges of 75 split once into 80 leaves, then one reduce unit: 121, each counted once.
        Assert.Contains("\"ranges\":\"80\"", done.ResultJson);
        Assert.Equal(40 + 80 + 1, done.UnitsDoneAllStages);
    }

    /// <summary>Importing over an existing sweep is refused and changes nothing.</summary>
    public static async Task ImportIntoStorageWithTheSweepIsRefused(StorageOptions storage)
    {
        var def = SweepDefinition.Parse(SquaresKind.SpecJson(n: 500, units: 2));
        await using (var node = await EmbeddedNode.Start(storage))
        {
            Assert.True((await node.Start(def.Id, def.NormalJson)).Ok);
            await node.WaitFor(def.Id, s => SweepPhase.IsFinal(s.State));
        }

        var checkpoint = await CheckpointTransfer.Export(storage, def.Id);
        var e = await Assert.ThrowsAsync<CheckpointException>(() => CheckpointTransfer.Import(storage, checkpoint));
        Assert.Contains("already exists", e.Message);
    }

    private static async Task<SweepCheckpoint> MoveThroughFile(StorageOptions from, StorageOptions to, string sweepId, bool compact = false)
    {
        using var dir = new TempDirectory();
        var file = Path.Combine(dir.Path, "sweep.ckpt");
        var exported = await CheckpointTransfer.Export(from, sweepId);
        CheckpointFile.Write(file, compact ? exported.Compact() : exported);
        var read = CheckpointFile.Read(file);
        await CheckpointTransfer.Import(to, read);
        return read;
    }
}
