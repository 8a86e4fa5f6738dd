using Expressivity.EndToEnd.Tests.Support;
using Expressivity.TestSupport;
using Xunit;

namespace Expressivity.EndToEnd.Tests.Embedded;

/// <summary><c>seed picture</c>: writes a PNG or SVG for drawable specs; exit code 2 naming the field otherwise.</summary>
public sealed class PictureCommandTests
{
    public static TheoryData<string, string> Undrawable() => new()
    {
        { """{"kind":"neuron-expressivity","n":13,"weights":{"set":[0,1]}}""", "field 'n'" },
        { """{"kind":"snn-regions","box":{"min":-1,"max":1},"network":{"inputs":3,"layers":[[{"weights":[1,1,1],"threshold":1}]]}}""", "field 'network.inputs'" },
        { """{"kind":"snn-regions","box":{"min":-20,"max":20},"random":{"inputs":2,"layers":[2],"count":4}}""", "field 'network'" },
        { """{"kind":"threshold-census","n":7}""", "field 'kind'" },
        { """{"kind":"plot","series":[]}""", "field 'series'" },
    };

    [Theory]
    [MemberData(nameof(Undrawable))]
    public async Task Undrawable_spec_exits_2_naming_the_field_and_writes_nothing(string spec, string expected)
    {
        using var dir = new TempDirectory();
        var output = Path.Combine(dir.Path, "out.png");
        var (code, _, stderr) = await HostProcess.Run("Seed", Patience.Event, "picture", dir.File("spec.json", spec), "--out", output);
        Assert.Equal(2, code);
        Assert.Contains(expected, stderr);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Drawable_specs_write_png_and_svg_and_other_extensions_exit_2()
    {
        using var dir = new TempDirectory();
        var snn = Path.Combine(dir.Path, "snn.png");
        var result = await HostProcess.Run("Seed", Patience.Event, "picture",
            dir.File("snn.json", """{"kind":"snn-regions","box":{"min":-3,"max":3},"network":{"inputs":2,"layers":[[{"weights":[1,1],"threshold":1}]]}}"""),
            "--out", snn, "--size", "32");
        Assert.Equal(0, result.Code);
        Assert.Equal(new byte[] { 137, 80, 78, 71, 13, 10, 26, 10 }, File.ReadAllBytes(snn)[..8]);

        var matrix = Path.Combine(dir.Path, "matrix.png");
        result = await HostProcess.Run("Seed", Patience.Event, "picture",
            dir.File("n.json", """{"kind":"neuron-expressivity","n":3,"weights":{"set":[0,1]}}"""), "--out", matrix);
        Assert.Equal(0, result.Code);
        Assert.Contains("14 functions (all)", result.Out); // 3·2^2 + 2, SPEC.md 1.1
        Assert.True(File.Exists(matrix));

        var svg = Path.Combine(dir.Path, "matrix.svg");
        result = await HostProcess.Run("Seed", Patience.Event, "picture", dir.File("n2.json", """{"kind":"neuron-expressivity","n":2,"weights":{"set":[0,1]}}"""), "--out", svg);
        Assert.Equal(0, result.Code);
        Assert.Equal("svg", System.Xml.Linq.XDocument.Load(svg).Root!.Name.LocalName);

        var jpeg = Path.Combine(dir.Path, "matrix.jpg");
        result = await HostProcess.Run("Seed", Patience.Event, "picture", dir.File("n3.json", """{"kind":"neuron-expressivity","n":2,"weights":{"set":[0,1]}}"""), "--out", jpeg);
        Assert.Equal(2, result.Code);
        Assert.Contains("--out must end in .png or .svg", result.Err);
        Assert.False(File.Exists(jpeg));

        var missing = await HostProcess.Run("Seed", Patience.Event, "picture", "x.json");
        Assert.Equal(2, missing.Code);
        Assert.Contains("--out", missing.Err);
    }
}
