using Expressivity.Actors.Commands;
using Expressivity.Actors.Hosting;
using Expressivity.Actors.Tests.Support;
using Expressivity.Domain.Sweeps;
using Expressivity.TestSupport;
using Xunit;

namespace Expressivity.Actors.Tests.Commands;

public sealed class NodeStatusTests
{
    static NodeStatusTests() => SweepCatalog.Register(SquaresKind.Instance);

    [Fact]
    public async Task Worker_answers_status_while_every_slot_runs_a_kernel()
    {
        using var dir = new TempDirectory();
        var def = SweepDefinition.Parse(SquaresKind.SpecJson(n: 100, units: 4, delayMs: 3000));
        await using var node = await EmbeddedNode.Start(new StorageOptions { DataDirectory = dir.Path }, capacity: 2);
        Assert.True((await node.Start(def.Id, def.NormalJson)).Ok);
        await node.WaitFor(def.Id, s => s.InFlight == 2);

        var output = new StringWriter();
        var code = await CommandCatalog.Dispatch(["node", "status"], new CommandContext(node.System, new LogBuffer(), output, null, CancellationToken.None));

        Assert.Equal(0, code);
        Assert.Matches(@"capacity 2, 2 running, 0 finished, 0 awaiting ack", output.ToString());
        Assert.Equal(2, output.ToString().Split('\n').Count(l => l.Contains(def.Id)));
    }
}
