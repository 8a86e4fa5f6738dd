using Expressivity.EndToEnd.Tests.Support;
using Xunit;

namespace Expressivity.EndToEnd.Tests.Embedded;

/// <summary>The hosts' command lines as a user meets them: help for every verb (printing, never starting a node), --version, completions.</summary>
public sealed class CommandLineTests
{
    public static TheoryData<string, string[], string> HelpCases() => new()
    {
        { "Seed", ["--help"], "serve" },
        { "Seed", ["serve", "--help"], "--connection-string" },
        { "Seed", ["run", "--help"], "--max-cpu-hours" },
        { "Seed", ["estimate", "--help"], "--max-plan-mb" },
        { "Seed", ["export", "--help"], "--compact" },
        { "Seed", ["import", "--help"], "--spec-out" },
        { "Seed", ["picture", "--help"], "--size" },
        { "Worker", ["--help"], "serve" },
        { "Worker", ["serve", "--help"], "--capacity" },
        { "Cli", ["--help"], "--secret" },
    };

    [Theory]
    [MemberData(nameof(HelpCases))]
    public async Task Help_prints_and_exits_0_without_starting_anything(string project, string[] args, string expected)
    {
        var (code, stdout, stderr) = await HostProcess.Run(project, Patience.Event, args);
        Assert.True(code == 0, $"exit {code}: {stderr}");
        Assert.Contains(expected, stdout);
        Assert.DoesNotContain("Cluster", stderr); // no Akka start-up lines: nothing was started
    }

    [Theory]
    [InlineData("Seed")]
    [InlineData("Worker")]
    [InlineData("Cli")]
    public async Task Version_names_the_product_version_and_commit(string project)
    {
        var (code, stdout, _) = await HostProcess.Run(project, Patience.Event, "--version");
        Assert.Equal(0, code);
        Assert.Matches(@"^\d+\.\d+\.\d+(-[\w.]+)?\+[0-9a-f]{7,40}\s*$", stdout);
    }

    [Fact]
    public async Task Completions_come_from_the_verbs_themselves()
    {
        var script = await HostProcess.Run("Seed", Patience.Event, "completions", "bash");
        Assert.Equal(0, script.Code);
        Assert.Contains("complete -o default -F _seed_complete seed", script.Out);

        var values = await HostProcess.Run("Seed", Patience.Event, "[suggest:15]", "run --progress ");
        Assert.Equal(["auto", "bar", "lines", "none"], values.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Theory]
    [InlineData("Seed", new[] { "serve", "--port" }, "--port")]
    [InlineData("Seed", new[] { "launch" }, "launch")]
    [InlineData("Worker", new[] { "serve", "--Node:Port=99999", "--seed", "akka.tcp://expressivity@127.0.0.1:4053" }, "Node:Port")]
    [InlineData("Cli", new[] { "--secret" }, "--secret")]
    public async Task Bad_command_lines_exit_2_naming_the_field(string project, string[] args, string field)
    {
        var (code, _, stderr) = await HostProcess.Run(project, Patience.Event, args);
        Assert.Equal(2, code);
        Assert.Contains(field, stderr);
    }
}
