using Expressivity.Plots;

namespace Expressivity.Seed.Pictures;

/// <summary>Arguments of <c>picture</c>; <see cref="Parse"/> throws <see cref="ArgumentException"/> naming the argument.</summary>
public sealed record PictureArguments(string SpecPath, string OutPath, int Side)
{
    /// <summary>The usage text of <c>picture</c>.</summary>
    public const string Usage = """
        usage: seed picture <spec.json> --out <file.png|file.svg> [--size <pixels>]
          Draws a spec as PNG or SVG, chosen by the extension of --out (any other extension is refused).
          snn-regions with an explicit d = 2 network: the region map (colour per causal-set tuple, exact
          evaluation at each pixel centre, legend of tuples) beside the output firing-time surface with
          a colour bar; --size is the panel side in pixels (16..1024, default 256).
          neuron-expressivity (n <= 12): the expressivity matrix with axes, every function a column
          (up to 8192 columns).
          plot: curves, dashed bounds or histograms of given points (docs/gallery.md shows the format).
        exit codes: 0 written, 2 invalid or unsupported spec or arguments, 1 any other failure
        """;

    /// <summary>Parses the arguments after <c>picture</c>.</summary>
    public static PictureArguments Parse(IReadOnlyList<string> args)
    {
        string? spec = null;
        string? output = null;
        var side = 256;
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{a} needs a value");
            switch (a)
            {
                case "--out":
                    output = Value();
                    break;
                case "--size":
                    side = int.TryParse(Value(), out var s) && s is >= 16 and <= 1024 ? s : throw new ArgumentException("--size takes a whole number from 16 to 1024");
                    break;
                case var _ when a.StartsWith('-'):
                    throw new ArgumentException($"unknown option {a}");
                case var _ when spec is null:
                    spec = a;
                    break;
                default:
                    throw new ArgumentException($"unexpected argument '{a}'");
            }
        }

        if (spec is null) throw new ArgumentException("picture needs a spec file (usage: seed picture <spec.json> --out <file.png>)");
        if (output is null) throw new ArgumentException("--out <file.png|file.svg> is required");
        FigureFormats.FromPath(output); // refuses other extensions before any work
        return new PictureArguments(spec, output, side);
    }
}
