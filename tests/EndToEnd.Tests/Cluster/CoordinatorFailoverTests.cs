using System.Diagnostics;
using Expressivity.Domain.Sweeps;
using Expressivity.EndToEnd.Tests.Support;
using Expressivity.TestSupport;
using Xunit;
using Xunit.Abstractions;

namespace Expressivity.EndToEnd.Tests.Cluster;

/// <summary>
/// Three coordinator-capable nodes and no supervisor: kill -9 of the node that hosts a sweep's
/// coordinator must not stall the sweep (the shard and the registry singleton move to the survivors),
/// and the result must equal the uninterrupted one with every planned unit completed exactly once.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class CoordinatorFailoverTests(PostgresServer postgres, ITestOutputHelper output)
{
    private const string Spec = """{"kind":"neuron-expressivity","n":6,"weights":{"min":-3,"max":3}}""";
    private static readonly Lazy<string> Expected = new(() =>
        LocalRunner.Run(SweepDefinition.Parse(Spec)).Result["distinctFunctions"]!.GetValue<string>());

    [Fact]
    public async Task Three_nodes_started_in_the_same_second_on_an_empty_database_all_come_up()
    {
        await using var trio = new CoordinatorTrio(postgres);
        trio.StartAll();
        await trio.WaitForMembers(3, Patience.Event);
        Assert.All(trio.Nodes, n => Assert.False(n!.HasExited, n.StdErr));
        Assert.All(trio.Nodes, n => Assert.DoesNotContain("23505", n!.StdErr));
    }

    [Theory]
    [InlineData("coordinator host")]
    [InlineData("seed")]
    public async Task Node_killed_without_supervisor_the_sweep_completes_exactly(string victim)
    {
        await using var trio = new CoordinatorTrio(postgres);
        trio.StartAll();
        await trio.WaitForMembers(3, Patience.Event);
        using var dir = new TempDirectory();
        var id = await trio.StartSweep(dir.File("spec.json", Spec));
        await LocalCluster.WaitUntil(() => Task.FromResult(trio.Journal.Completions(id).Count >= 40), Patience.Event, "40 completions");
        var host = await trio.CoordinatorHost(id, Patience.Event);
        var killed = victim == "seed" ? 0 : host;
        Assert.True(trio.Journal.Completions(id).Count < 729, "the fault came too late: stage 0 was already done");

        trio.Nodes[killed]!.Kill();
        var clock = Stopwatch.StartNew();
        var moved = TimeSpan.Zero;
        if (killed == host)
        {
            // Completions written by the dead coordinator may still land; the stall ends at the first one
            // persisted by its successor on another node.
            var successor = await trio.CoordinatorHost(id, Patience.Event);
            moved = clock.Elapsed;
            var atMove = trio.Journal.Completions(id).Count;
            await LocalCluster.WaitUntil(() => Task.FromResult(trio.Journal.Completions(id).Count > atMove), Patience.Event, $"a completion after the coordinator moved to node {successor}");
        }
        else
        {
            var atKill = trio.Journal.Completions(id).Count;
            await LocalCluster.WaitUntil(() => Task.FromResult(trio.Journal.Completions(id).Count > atKill + 5), Patience.Event, "completions after the kill");
        }

        output.WriteLine($"fault table: kill -9 of the {victim} (node {killed}, coordinator on node {host}): coordinator moved after {moved.TotalSeconds:0.0} s, completions again after {clock.Elapsed.TotalSeconds:0.0} s");

        var result = await trio.WaitForResult(id, Patience.Sweep);
        Assert.Equal("completed", result.GetProperty("status").GetString());
        Assert.Equal(Expected.Value, result.GetProperty("result").GetProperty("distinctFunctions").GetString());
        var completed = trio.Journal.Completions(id).Select(c => c.UnitId).ToList();
        Assert.Equal(completed.Count, completed.Distinct().Count());
        Assert.Equal(trio.Journal.PlannedUnits(id).Order(StringComparer.Ordinal), completed.Order(StringComparer.Ordinal));
        Assert.All(trio.Nodes.Where((_, i) => i != killed), n => Assert.False(n!.HasExited, n.StdErr));
    }
}
