using Expressivity.Actors.Coordinator;
using Expressivity.Actors.Hosting;
using Expressivity.Actors.Tests.Support;
using Expressivity.Domain.Sweeps;
using Expressivity.TestSupport;
using Xunit;

namespace Expressivity.Actors.Tests.Cluster;

/// <summary>
/// The partial store loses or damages data between two runs of a node: the resumed sweep recomputes
/// exactly the lost units, says how many, and still matches the closed form.
/// </summary>
public sealed class IntegrityClusterTests
{
    static IntegrityClusterTests() => SweepCatalog.Register(SquaresKind.Instance);

    [Theory]
    [InlineData("deleted")]
    [InlineData("emptied")]
    [InlineData("garbage")]
    public async Task Resumed_sweep_recomputes_units_whose_partials_are_gone(string damage)
    {
        using var dir = new TempDirectory();
        var storage = new StorageOptions { DataDirectory = dir.Path };
        var def = SweepDefinition.Parse(SquaresKind.SpecJson(n: 3000, units: 40, delayMs: 30));
        long doneBefore;
        await using (var first = await EmbeddedNode.Start(storage, capacity: 2))
        {
            Assert.True((await first.Start(def.Id, def.NormalJson)).Ok);
            doneBefore = (await first.WaitFor(def.Id, s => s.StageUnitsDone >= 8)).StageUnitsDone;
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var partials = Path.Combine(dir.Path, "partials.db");
        foreach (var tail in new[] { "-wal", "-shm" }) File.Delete(partials + tail);
        switch (damage)
        {
            case "deleted": File.Delete(partials); break;
            case "emptied": File.WriteAllBytes(partials, []); break;
            default: File.WriteAllBytes(partials, Enumerable.Repeat((byte)0x41, 4096).ToArray()); break;
        }

        await using var second = await EmbeddedNode.Start(storage, capacity: 2);
        Assert.True((await second.Start(def.Id, def.NormalJson)).Ok);
        var done = await second.WaitFor(def.Id, s => SweepPhase.IsFinal(s.State), TimeSpan.FromMinutes(2));

        Assert.Equal(SweepPhase.Completed, done.State);
        Assert.Contains($"\"squares\":\"{SquaresKind.Expected(3000)}\"", done.ResultJson);
        Assert.Contains("\"ranges\":\"40\"", done.ResultJson);
        Assert.True(done.RecomputedUnits >= doneBefore, $"recomputed {done.RecomputedUnits}, completed before {doneBefore}");
        Assert.Equal(41, done.UnitsDoneAllStages);
    }
}
