using System.Text.Json;
using Expressivity.Domain.Sweeps;
using Expressivity.Plots;

namespace Expressivity.Seed.Pictures;

/// <summary>
/// A picture-only spec for numbers already computed (sweep results, closed forms):
/// <c>{"kind": "plot", "title": "..", "xLabel": "..", "yLabel": "..", "yMin": 0, "yMax": 1, "logY": false,
/// "series": [{"name": "N=3", "style": "line", "points": [[1, 0.5], [2, 0.9]]}]}</c>; style is line
/// (default), dashed (a bound or closed form) or bars (a histogram). Series colours follow the palette.
/// </summary>
public static class PlotSpec
{
    /// <summary>Reads and draws the plot; errors name the field.</summary>
    public static Figure Render(JsonElement root)
    {
        var spec = new SpecObject(root);
        spec.String("kind");
        var figure = new LineFigure(spec.String("title", ""), spec.String("xLabel", "x"), spec.String("yLabel", "y"))
        {
            YMin = spec.Has("yMin") ? spec.Number("yMin") : null,
            YMax = spec.Has("yMax") ? spec.Number("yMax") : null,
            LogY = Flag(spec, "logY"),
        };
        var seriesField = spec.FieldPath("series");
        var series = spec.Array("series").Select((s, i) => ReadSeries(new SpecObject(s, $"{seriesField}[{i}]"), figure.LogY)).ToList();
        spec.EnsureNoUnknownFields();
        if (series.Count == 0 || series.All(s => s.Points.Count == 0)) throw new SpecException(seriesField, "needs at least one point");
        return figure.Draw(series);
    }

    private static bool Flag(SpecObject spec, string name) => spec.Raw(name) switch
    {
        null => false,
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        var v => throw new SpecException(spec.FieldPath(name), $"expected true or false, got {SpecObject.Describe(v.Value)}"),
    };

    private static FigureSeries ReadSeries(SpecObject s, bool logY)
    {
        var name = s.String("name");
        var style = s.String("style", "line") switch
        {
            "line" => SeriesStyle.Line,
            "dashed" => SeriesStyle.Dashed,
            "bars" => SeriesStyle.Bars,
            var other => throw new SpecException(s.FieldPath("style"), $"expected line, dashed or bars, got \"{other}\""),
        };
        var field = s.FieldPath("points");
        var points = s.Array("points").Select((p, i) =>
        {
            if (p.ValueKind != JsonValueKind.Array || p.GetArrayLength() != 2 || p.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.Number))
                throw new SpecException($"{field}[{i}]", "expected [x, y] with two numbers");
            if (logY && p[1].GetDouble() <= 0) throw new SpecException($"{field}[{i}]", "logY needs y > 0");
            return (p[0].GetDouble(), p[1].GetDouble());
        }).ToList();
        s.EnsureNoUnknownFields();
        return new FigureSeries(name, points, style);
    }
}
