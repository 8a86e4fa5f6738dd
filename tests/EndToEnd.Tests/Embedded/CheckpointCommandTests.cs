using Expressivity.EndToEnd.Tests.Support;
using Expressivity.TestSupport;
using Xunit;

namespace Expressivity.EndToEnd.Tests.Embedded;

/// <summary><c>seed export</c> / <c>seed import</c> as a person uses them: move a census, refuse damaged files with exit 2.</summary>
public sealed class CheckpointCommandTests
{
    private static readonly TimeSpan Limit = Patience.Event;

    [Fact]
    public async Task Exported_census_imports_elsewhere_with_the_same_result_and_damaged_files_exit_2()
    {
        using var dir = new TempDirectory();
        var spec = dir.File("census.json", """{ "kind": "threshold-census", "n": 5, "weightBoundLimit": 0 }""");
        var (a, b) = (Path.Combine(dir.Path, "a"), Path.Combine(dir.Path, "b"));
        var first = await HostProcess.Run("Seed", Limit, "run", spec, "--data-dir", a, "--json", "--progress", "none");
        Assert.Equal(0, first.Code);
        Assert.Contains("\"npClasses\":\"119\"", first.Out);

        var file = Path.Combine(dir.Path, "census.ckpt");
        var export = await HostProcess.Run("Seed", Limit, "export", spec, "--data-dir", a, "--out", file);
        Assert.Equal(0, export.Code);
        Assert.Contains("completed", export.Out);

        var bytes = await File.ReadAllBytesAsync(file);
        var truncated = Path.Combine(dir.Path, "truncated.ckpt");
        await File.WriteAllBytesAsync(truncated, bytes[..^5]);
        var cut = await HostProcess.Run("Seed", Limit, "import", truncated, "--data-dir", b);
        Assert.Equal(2, cut.Code);
        Assert.Contains("truncated", cut.Err);

        var edited = Path.Combine(dir.Path, "edited.ckpt");
        bytes[^3] ^= 1;
        await File.WriteAllBytesAsync(edited, bytes);
        var changed = await HostProcess.Run("Seed", Limit, "import", edited, "--data-dir", b);
        Assert.Equal(2, changed.Code);
        Assert.Contains("corrupted or was edited", changed.Err);

        var specOut = Path.Combine(dir.Path, "from-checkpoint.json");
        var import = await HostProcess.Run("Seed", Limit, "import", file, "--data-dir", b, "--spec-out", specOut);
        Assert.Equal(0, import.Code);
        var again = await HostProcess.Run("Seed", Limit, "run", specOut, "--data-dir", b, "--json", "--progress", "none");
        Assert.Equal(0, again.Code);
        // Everything but the provenance (times, CPU seconds) is the same.
        static string WithoutProvenance(string json)
        {
            var o = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
            Assert.Equal(Environment.ProcessorCount, (int)o["provenance"]!["cores"]!);
            Assert.Equal("threshold-census", (string)o["provenance"]!["spec"]!["kind"]!);
            o.Remove("provenance");
            return o.ToJsonString();
        }

        Assert.Equal(WithoutProvenance(first.Out), WithoutProvenance(again.Out));
    }
}
