using Expressivity.Actors.Coordinator;
using Expressivity.Actors.Hosting;
using Expressivity.Actors.Tests.Support;
using Expressivity.Domain.Sweeps;
using Expressivity.TestSupport;
using Xunit;

namespace Expressivity.Actors.Tests.Cluster;

public sealed class EmbeddedClusterTests
{
    static EmbeddedClusterTests() => SweepCatalog.Register(SquaresKind.Instance);

    [Fact]
    public async Task Sweep_runs_every_stage_follows_splits_and_matches_the_closed_form()
    {
        using var dir = new TempDirectory();
        await ClusterScenarios.SplitsAndStages(new StorageOptions { DataDirectory = dir.Path });
    }

    [Fact]
    public async Task Restarted_node_resumes_the_sweep_and_counts_every_unit_once()
    {
        using var dir = new TempDirectory();
        await ClusterScenarios.RestartResumes(new StorageOptions { DataDirectory = dir.Path });
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
