using Expressivity.EndToEnd.Tests.Support;
using Expressivity.TestSupport;
using Xunit;

namespace Expressivity.EndToEnd.Tests.Cluster;

/// <summary>The command host: loopback by default, a shared secret required beyond it and enforced when set.</summary>
public sealed class SecurityTests
{
    [Fact]
    public async Task Command_host_beyond_loopback_without_a_secret_refuses_to_start()
    {
        using var dir = new TempDirectory();
        var (code, _, err) = await HostProcess.Run("Seed", Patience.Event,
            "serve", "--port", $"{FreePort.Next()}", "--data-dir", dir.Path, "--cmd-host", "0.0.0.0", "--cmd-port", $"{FreePort.Next()}");
        Assert.Equal(2, code);
        Assert.Contains("CommandHost:Secret", err);
    }

    [Fact]
    public async Task Clients_without_the_secret_are_rejected()
    {
        using var dir = new TempDirectory();
        var cmd = FreePort.Next();
        using var seed = HostProcess.Start("Seed", "serve", "--port", $"{FreePort.Next()}", "--data-dir", dir.Path, "--cmd-port", $"{cmd}", "--secret", "s3cret-for-tests");
        async Task<(int Code, string Out, string Err)> Cli(params string[] args) =>
            await HostProcess.Run("Cli", Patience.Event, [$"127.0.0.1:{cmd}", .. args]);

        await LocalCluster.WaitUntil(async () => (await Cli("--secret", "s3cret-for-tests", "node", "health")).Code == 0, Patience.Event, "seed up");
        var none = await Cli("cluster", "show");
        Assert.Equal(3, none.Code);
        Assert.Contains("requires the shared secret", none.Out);
        Assert.DoesNotContain("akka.tcp://", none.Out);
        var wrong = await Cli("--secret", "guess", "cluster", "show");
        Assert.Equal(3, wrong.Code);
        var right = await Cli("--secret", "s3cret-for-tests", "cluster", "show");
        Assert.Equal(0, right.Code);
        Assert.Contains("Count: 1 nodes", right.Out);
    }
}
