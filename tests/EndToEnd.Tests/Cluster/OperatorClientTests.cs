using Expressivity.EndToEnd.Tests.Support;
using Expressivity.TestSupport;
using Xunit;

namespace Expressivity.EndToEnd.Tests.Cluster;

/// <summary>The operator client against a lone seed node (SQLite): interactive prompt, usage errors, log palette.</summary>
public sealed class OperatorClientTests
{
    [Fact]
    public async Task Interactive_prompt_runs_commands_until_exit_and_usage_errors_exit_2()
    {
        using var dir = new TempDirectory();
        var cmd = FreePort.Next();
        using var seed = HostProcess.Start("Seed", "serve", "--port", $"{FreePort.Next()}", "--data-dir", dir.Path, "--cmd-port", $"{cmd}");
        var endpoint = $"127.0.0.1:{cmd}";
        await LocalCluster.WaitUntil(async () => (await HostProcess.Run("Cli", Patience.Event, endpoint, "node", "health")).Code == 0,
            Patience.Event, "seed up");

        using var prompt = HostProcess.StartWithInput("Cli", "cluster show\nlog peek 3\nexit\n", endpoint);
        Assert.Equal(0, await prompt.WaitForExit(Patience.Event));
        Assert.Contains($"[{endpoint}] ecmd> ", prompt.StdOut);
        Assert.Contains("Count: 1 nodes", prompt.StdOut);
        Assert.Contains("INF", prompt.StdOut);

        var unknown = await HostProcess.Run("Cli", Patience.Event, endpoint, "sweep", "explode");
        Assert.Equal(2, unknown.Code);
        Assert.Contains("unknown command 'sweep explode'", unknown.Out);
        var noId = await HostProcess.Run("Cli", Patience.Event, endpoint, "sweep", "status");
        Assert.Equal(2, noId.Code);
        var badSpec = await HostProcess.Run("Cli", Patience.Event, endpoint, "sweep", "start", dir.File("bad.json", """{"kind":"neuron-expressivity","n":0,"weights":{"set":[0,1]}}"""));
        Assert.Equal(2, badSpec.Code);
        Assert.Contains("field 'n'", badSpec.Out);
        var unreachable = await HostProcess.Run("Cli", Patience.Event, $"127.0.0.1:{FreePort.Next()}", "cluster", "show");
        Assert.Equal(1, unreachable.Code);
        Assert.Contains("cannot reach the command host", unreachable.Err);
    }
}
