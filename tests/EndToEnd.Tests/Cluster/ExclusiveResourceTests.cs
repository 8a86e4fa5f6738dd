using Expressivity.EndToEnd.Tests.Support;
using Expressivity.TestSupport;
using Xunit;

namespace Expressivity.EndToEnd.Tests.Cluster;

/// <summary>
/// Real processes contending for what one node owns: its SQLite data directory (`serve` and `run`
/// alike take the lock) and its remoting port. The second process is refused with exit 2 naming the
/// directory and its holder, or the setting and the port; the first keeps running.
/// </summary>
public sealed class ExclusiveResourceTests
{
    private const string Spec = """{"kind":"neuron-expressivity","n":3,"weights":{"min":-1,"max":1}}""";

    [Fact]
    public async Task A_second_process_on_a_served_data_directory_or_remoting_port_is_refused()
    {
        using var dir = new TempDirectory();
        var data = Path.Combine(dir.Path, "data");
        var (port, cmd) = (FreePort.Next(), FreePort.Next());
        using var seed = HostProcess.Start("Seed", "serve", "--port", $"{port}", "--data-dir", data, "--cmd-port", $"{cmd}");
        await LocalCluster.WaitUntil(async () => (await HostProcess.Run("Cli", Patience.Event, $"127.0.0.1:{cmd}", "node", "health")).Code == 0,
            Patience.Event, "seed up");

        var run = await HostProcess.Run("Seed", Patience.Event, "run", dir.File("spec.json", Spec), "--data-dir", data);
        Assert.Equal(2, run.Code);
        Assert.Contains($"'{Path.GetFullPath(data)}' is in use by another process (pid {seed.Id}", run.Err);

        var serve = await HostProcess.Run("Seed", Patience.Event, "serve", "--port", $"{FreePort.Next()}", "--data-dir", data, "--cmd-port", $"{FreePort.Next()}");
        Assert.Equal(2, serve.Code);
        Assert.Contains("Storage:DataDirectory", serve.Err);
        Assert.Contains($"pid {seed.Id}", serve.Err);

        var samePort = await HostProcess.Run("Seed", Patience.Event, "serve", "--port", $"{port}", "--data-dir", Path.Combine(dir.Path, "other"), "--cmd-port", $"{FreePort.Next()}");
        Assert.Equal(2, samePort.Code);
        Assert.Contains($"Node:Port {port}", samePort.Err);

        Assert.False(seed.HasExited, seed.StdErr);
    }

    [Fact]
    public async Task A_run_after_the_holder_ended_takes_the_directory()
    {
        using var dir = new TempDirectory();
        var data = Path.Combine(dir.Path, "data");
        var spec = dir.File("spec.json", Spec);
        var first = await HostProcess.Run("Seed", Patience.Event, "run", spec, "--data-dir", data);
        Assert.Equal(0, first.Code);
        var again = await HostProcess.Run("Seed", Patience.Event, "run", spec, "--data-dir", data);
        Assert.Equal(0, again.Code);
    }
}
