using Expressivity.Domain.Sweeps;
using Expressivity.EndToEnd.Tests.Support;
using Expressivity.TestSupport;
using Xunit;

namespace Expressivity.EndToEnd.Tests.Embedded;

/// <summary>
/// The embedded run's terminal: a plain run prints progress and the result, the node's own log lines
/// (Akka's warnings, the coordinator's start) go to node.log in the data directory; <c>--verbose</c>
/// prints them on stderr as well.
/// </summary>
public sealed class RunLoggingTests
{
    private const string Spec = """{"kind":"neuron-expressivity","n":3,"weights":{"min":-1,"max":1}}""";

    [Fact]
    public async Task Plain_run_keeps_the_node_log_off_the_terminal_and_verbose_shows_it()
    {
        using var dir = new TempDirectory();
        var spec = dir.File("spec.json", Spec);
        var marker = $"Sweep {SweepDefinition.Parse(Spec).Id}: coordinator started on";

        var plainData = Path.Combine(dir.Path, "plain");
        var plain = await HostProcess.Run("Seed", Patience.Event, "run", spec, "--data-dir", plainData, "--progress", "none");
        Assert.True(plain.Code == 0, plain.Err);
        Assert.Contains("distinct functions", plain.Out);
        // Console log lines start with the level ("warn: Akka.Cluster..."); none may reach the user.
        Assert.DoesNotContain("warn:", plain.Err);
        Assert.DoesNotContain("info:", plain.Err);
        Assert.DoesNotContain(marker, plain.Err);
        Assert.True(File.Exists(Path.Combine(plainData, "node.log")), "a plain run keeps its log in node.log");

        var verboseData = Path.Combine(dir.Path, "verbose");
        var verbose = await HostProcess.Run("Seed", Patience.Event, "run", spec, "--data-dir", verboseData, "--progress", "none", "--verbose");
        Assert.True(verbose.Code == 0, verbose.Err);
        Assert.Contains("distinct functions", verbose.Out);
        Assert.Contains("info:", verbose.Err);
        Assert.Contains(marker, verbose.Err);
        Assert.DoesNotContain(marker, verbose.Out); // stdout stays the result only
        Assert.Contains(marker, await ReadShared(Path.Combine(verboseData, "node.log")));
    }

    // The run has ended, but read without locking in case the logger's file handle lingers.
    private static async Task<string> ReadShared(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }
}
