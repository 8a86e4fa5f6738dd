using System.Diagnostics;
using Expressivity.Domain.Sweeps;
using Xunit;

namespace Expressivity.Domain.Tests.Sweeps;

/// <summary>Spec files as an attacker would hand them over (issue 8 item 7): each refused on <c>$</c>, naming the path.</summary>
public sealed class SpecFileTests
{
    private const string Valid = """{"kind": "threshold-census", "n": 3}""";

    [Fact]
    public void A_regular_file_is_read()
    {
        using var dir = new Scratch();
        var path = Path.Combine(dir.Path, "spec.json");
        File.WriteAllText(path, Valid);
        Assert.Equal("threshold-census", SweepDefinition.Load(path).Kind.Name);
    }

    [Fact]
    public void A_directory_is_named_as_one() =>
        AssertRefused(Path.GetTempPath(), "is a directory");

    [Fact]
    public void A_missing_file_does_not_exist() =>
        AssertRefused(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("n")), "does not exist");

    [Fact]
    public void A_device_is_refused_without_reading() =>
        AssertRefused(OperatingSystem.IsWindows() ? "NUL" : "/dev/zero", "not a regular file");

    [Fact]
    public void An_empty_file_is_refused()
    {
        using var dir = new Scratch();
        var path = Path.Combine(dir.Path, "empty.json");
        File.WriteAllText(path, "");
        AssertRefused(path, "is empty");
    }

    [Fact]
    public void A_fifo_is_refused_without_blocking()
    {
        if (OperatingSystem.IsWindows()) return;
        using var dir = new Scratch();
        var path = Path.Combine(dir.Path, "fifo.json");
        using (var mkfifo = Process.Start("mkfifo", path)) mkfifo.WaitForExit();
        Assert.True(File.Exists(path));
        AssertRefused(path, "not a regular file");
    }

    [Fact]
    public void A_symbolic_link_loop_is_refused()
    {
        using var dir = new Scratch();
        var a = Path.Combine(dir.Path, "a.json");
        var b = Path.Combine(dir.Path, "b.json");
        File.CreateSymbolicLink(a, b);
        File.CreateSymbolicLink(b, a);
        AssertRefused(a, "cannot be resolved");
    }

    [Fact]
    public void An_oversized_file_is_refused_before_it_is_read()
    {
        using var dir = new Scratch();
        var path = Path.Combine(dir.Path, "big.json");
        using (var f = File.Create(path)) f.SetLength(SpecFile.MaxBytes + 1);
        AssertRefused(path, "at most");
    }

    [Fact]
    public void Non_utf8_bytes_are_refused()
    {
        using var dir = new Scratch();
        var path = Path.Combine(dir.Path, "latin1.json");
        File.WriteAllBytes(path, [0x7b, 0xff, 0xfe, 0x7d]);
        AssertRefused(path, "not UTF-8");
    }

    [Theory]
    [InlineData("""{"kind": "threshold-census", "kind": "neuron-expressivity", "n": 3}""", "kind")]
    [InlineData("""{"kind": "threshold-census", "n": 3, "n": 4}""", "n")]
    [InlineData("""{"kind": "neuron-expressivity", "n": 3, "weights": {"min": -1, "max": 1, "max": 2}, "threshold": "free"}""", "weights.max")]
    [InlineData("""{"kind": "neuron-expressivity", "n": 3, "weights": {"set": [{"a": 1, "a": 2}]}}""", "weights.set[0].a")]
    public void Duplicate_keys_are_refused_at_any_depth(string json, string field)
    {
        var e = Assert.Throws<SpecException>(() => SweepDefinition.Parse(json));
        Assert.Equal(field, e.Field);
        Assert.Contains("more than once", e.Problem);
    }

    private static void AssertRefused(string path, string problem)
    {
        var e = Assert.Throws<SpecException>(() => SweepDefinition.Load(path));
        Assert.Equal("$", e.Field);
        Assert.Contains(problem, e.Problem);
        Assert.Contains(path, e.Problem);
    }

    private sealed class Scratch : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("spec-file-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
