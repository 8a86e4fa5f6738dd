using Expressivity.EndToEnd.Tests.Support;
using Expressivity.TestSupport;
using Xunit;

namespace Expressivity.EndToEnd.Tests.Embedded;

/// <summary>Bad specs and arguments: exit code 2, a message naming the field, and no sweep left in the data directory.</summary>
public sealed class BadInputTests
{
    public static TheoryData<string, string> BadSpecs() => new()
    {
        { """{"kind":"neuron-expressivity","n":4,""", "field '$'" },
        { """{"kind":"neuron-census","n":4}""", "field 'kind'" },
        { """{"kind":"neuron-expressivity","n":4,"weights":{"range":[-1,1]}}""", "field 'weights" },
        { """{"kind":"neuron-expressivity","n":0,"weights":{"min":-1,"max":1}}""", "field 'n'" },
        { """{"kind":"neuron-expressivity","n":9,"weights":{"min":-1,"max":1},"method":"brute"}""", "field 'n'" },
        { """{"kind":"neuron-expressivity","n":4,"weights":{"min":3,"max":-3}}""", "field 'weights" },
        { """{"kind":"neuron-expressivity","n":4,"weights":{"min":-4611686018427387904,"max":4611686018427387904}}""", "field 'weights" },
        { """{"kind":"neuron-expressivity","n":4,"weights":{"min":-1,"max":1},"colour":"red"}""", "field 'colour'" },
    };

    [Theory]
    [MemberData(nameof(BadSpecs))]
    public async Task Bad_spec_exits_2_naming_the_field_and_creates_no_sweep(string spec, string expected)
    {
        using var dir = new TempDirectory();
        var data = Path.Combine(dir.Path, "data");
        var (code, stdout, stderr) = await HostProcess.Run("Seed", Patience.Event,
            "run", dir.File("spec.json", spec), "--data-dir", data);

        Assert.Equal(2, code);
        Assert.Contains(expected, stderr);
        Assert.Equal("", stdout);
        Assert.False(Directory.Exists(data) && Directory.EnumerateFileSystemEntries(data).Any(), "the data directory was touched");
    }

    [Fact]
    public async Task Directory_device_and_duplicate_kind_exit_2_before_any_work()
    {
        using var dir = new TempDirectory();
        var directory = await HostProcess.Run("Seed", Patience.Event, "run", dir.Path);
        Assert.Equal(2, directory.Code);
        Assert.Contains("is a directory", directory.Err);

        var device = await HostProcess.Run("Seed", Patience.Event, "run", "/dev/zero");
        Assert.Equal(2, device.Code);
        Assert.Contains("not a regular file", device.Err);

        var twice = Path.Combine(dir.Path, "twice.json");
        File.WriteAllText(twice, """{"kind": "threshold-census", "kind": "neuron-expressivity", "n": 3}""");
        var duplicate = await HostProcess.Run("Seed", Patience.Event, "run", twice, "--data-dir", Path.Combine(dir.Path, "data"));
        Assert.Equal(2, duplicate.Code);
        Assert.Contains("field 'kind': appears more than once", duplicate.Err);
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "data")), "the data directory was created");
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Unreadable_spec_file_exits_2_naming_the_file()
    {
        // Root reads any file: as root the reader is nobody (through runuser) and the file is root's alone.
        var victim = Environment.UserName == "root" ? "nobody" : null;
        using var dir = new TempDirectory();
        File.SetUnixFileMode(dir.Path, (UnixFileMode)0b111_111_111);
        var spec = dir.File("secret.json", """{"kind":"neuron-expressivity","n":3,"weights":{"min":-1,"max":1}}""");
        File.SetUnixFileMode(spec, victim is null ? UnixFileMode.None : UnixFileMode.UserRead | UnixFileMode.UserWrite);

        using var run = HostProcess.StartAs(victim, "Seed", null, "run", spec, "--data-dir", Path.Combine(dir.Path, "data"));
        var code = await run.WaitForExit(Patience.Event);
        Assert.Equal(2, code);
        Assert.Contains(spec, run.StdErr);
        Assert.Contains("cannot be read: permission denied", run.StdErr);
        Assert.Equal("", run.StdOut);
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "data")), "the data directory was created");
    }

    [Fact]
    public async Task Missing_spec_file_and_unknown_option_exit_2()
    {
        using var dir = new TempDirectory();
        var missing = await HostProcess.Run("Seed", Patience.Event, "run", Path.Combine(dir.Path, "nope.json"));
        Assert.Equal(2, missing.Code);
        Assert.Contains("does not exist", missing.Err);

        var option = await HostProcess.Run("Seed", Patience.Event, "run", "x.json", "--colour");
        Assert.Equal(2, option.Code);
        Assert.Contains("unknown option --colour", option.Err);
    }
}
