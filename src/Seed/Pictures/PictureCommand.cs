using System.Text.Json;
using System.Text.Json.Nodes;
using Expressivity.Domain.NeuronExpressivity;
using Expressivity.Domain.SnnRegions;
using Expressivity.Domain.Sweeps;
using Expressivity.Plots;

namespace Expressivity.Seed.Pictures;

/// <summary>
/// <c>seed picture</c>: reads a spec, draws it according to its kind, writes a PNG or SVG (by the
/// extension of --out) and prints one line.
/// Unsupported specs throw <see cref="SpecException"/> naming the field (exit code 2 in Program).
/// </summary>
public static class PictureCommand
{
    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Execute(IReadOnlyList<string> args)
    {
        if (args.Contains("--help"))
        {
            Console.Out.WriteLine(PictureArguments.Usage);
            return 0;
        }

        var arguments = PictureArguments.Parse(args);
        var text = SpecFile.Read(arguments.SpecPath);

        using var document = ParseJson(text);
        var figure = Render(document.RootElement, arguments.Side);
        figure.Save(arguments.OutPath);
        Console.Out.WriteLine($"wrote {arguments.OutPath} ({figure.Width}x{figure.Height}): {figure.Note}");
        return 0;
    }

    /// <summary>Draws a spec (exposed for tests of the dispatch).</summary>
    public static Figure Render(JsonElement root, int side)
    {
        var kind = new SpecObject(root).String("kind");
        switch (kind)
        {
            case "snn-regions":
                var snn = SnnRegionsSpecParser.ParseSingle(root);
                if (snn.Network is null) throw new SpecException("network", "pictures need an explicit network (not random or search)");
                if (snn.Network.Inputs != 2) throw new SpecException("network.inputs", $"pictures need d = 2 inputs, got {snn.Network.Inputs}");
                return SnnRegionFigure.Draw(snn.Network, snn.Min, snn.Max, side);
            case "neuron-expressivity":
                var spec = MatrixSpec(root);
                return ExpressivityMatrixFigure.Draw(spec);
            case "plot":
                return PlotSpec.Render(root);
            default:
                throw new SpecException("kind", $"no picture for kind \"{kind}\" (supported: snn-regions, neuron-expressivity, plot)");
        }
    }

    // The sweep parser stops at n = 7 (UInt128 tables); pictures go to n = 12, so the other fields are
    // validated by the sweep parser at n = 1 and the n-dependent bounds are checked here.
    private static NeuronExpressivitySpec MatrixSpec(JsonElement root)
    {
        var n = new SpecObject(root).Integer("n");
        if (n < 1 || n > ParameterOrderFunctions.MaxN)
            throw new SpecException("n", $"expressivity pictures support n in [1, {ParameterOrderFunctions.MaxN}], got {n}");
        var copy = JsonNode.Parse(root.GetRawText())!.AsObject();
        copy["n"] = 1;
        using var small = JsonDocument.Parse(copy.ToJsonString());
        var parsed = NeuronExpressivitySpecParser.Parse(small.RootElement);
        var magnitude = Math.Max(Math.Abs((decimal)parsed.Weights.Min), Math.Abs((decimal)parsed.Weights.Max)) * n;
        if (magnitude > NeuronLimits.MaxDotMagnitude)
            throw new SpecException("weights", $"n·max|w| = {magnitude} exceeds {NeuronLimits.MaxDotMagnitude}");
        return parsed with { N = (int)n };
    }

    private static JsonDocument ParseJson(string text)
    {
        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            throw new SpecException("$", $"not valid JSON: {e.Message}");
        }
    }
}
