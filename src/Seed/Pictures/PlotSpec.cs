using System.Text.Json;
using Expressivity.Domain.Pictures;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Seed.Pictures;

/// <summary>
/// A picture-only spec for a line plot of numbers already computed (e.g. sweep results):
/// <c>{"kind": "plot", "title": "..", "xLabel": "..", "yLabel": "..", "yMin": 0, "yMax": 1,
/// "series": [{"name": "N=3", "points": [[1, 0.5], [2, 0.9]]}]}</c>. Series colours follow the palette.
/// </summary>
public static class PlotSpec
{
    /// <summary>Reads and draws the plot; errors name the field.</summary>
    public static RasterImage Render(JsonElement root, out string note)
    {
        var spec = new SpecObject(root);
        spec.String("kind");
        var plot = new LinePlot
        {
            Title = spec.String("title", ""),
            XLabel = spec.String("xLabel", ""),
            YLabel = spec.String("yLabel", ""),
            YMin = spec.Has("yMin") ? spec.Number("yMin") : null,
            YMax = spec.Has("yMax") ? spec.Number("yMax") : null,
        };
        var seriesField = spec.FieldPath("series");
        var series = spec.Array("series").Select((s, i) => ReadSeries(new SpecObject(s, $"{seriesField}[{i}]"), i)).ToList();
        spec.EnsureNoUnknownFields();
        if (series.Count == 0 || series.All(s => s.Points.Count == 0)) throw new SpecException(seriesField, "needs at least one point");
        note = $"{series.Count} series, {series.Sum(s => s.Points.Count)} points";
        return plot.Render(series);
    }

    private static PlotSeries ReadSeries(SpecObject s, int index)
    {
        var name = s.String("name");
        var field = s.FieldPath("points");
        var points = s.Array("points").Select((p, i) =>
        {
            if (p.ValueKind != JsonValueKind.Array || p.GetArrayLength() != 2 || p.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.Number))
                throw new SpecException($"{field}[{i}]", "expected [x, y] with two numbers");
            return (p[0].GetDouble(), p[1].GetDouble());
        }).ToList();
        s.EnsureNoUnknownFields();
        return new PlotSeries(name, points, Darken(Palette.Categorical(index + 10)));
    }

    // Lines need more contrast than region fills.
    private static Rgb Darken(Rgb c) => Rgb.Mix(c, Rgb.Black, 0.2);
}
