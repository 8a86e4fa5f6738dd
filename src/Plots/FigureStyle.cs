using ScottPlot;

namespace Expressivity.Plots;

/// <summary>Shared look: font, sizes and the categorical palette of every figure.</summary>
public static class FigureStyle
{
    /// <summary>Categorical colours (Tableau 10, then repeated lighter): regions and series.</summary>
    public static Color Category(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var palette = new ScottPlot.Palettes.Category10();
        var colour = palette.GetColor(index % palette.Colors.Length);
        // Later rounds are lightened so that two categories never share a colour within 30.
        return (index / palette.Colors.Length % 3) switch
        {
            0 => colour,
            1 => colour.Lighten(0.4),
            _ => colour.Darken(0.4),
        };
    }

    /// <summary>A new plot with the shared font, a title and axis labels.</summary>
    public static Plot NewPlot(string title, string xLabel, string yLabel)
    {
        PlotFonts.Ensure();
        var plot = new Plot();
        plot.Font.Set(PlotFonts.Family);
        if (title.Length > 0) plot.Title(title, 15);
        plot.XLabel(xLabel, 14);
        plot.YLabel(yLabel, 14);
        plot.Legend.FontName = PlotFonts.Family;
        plot.Legend.FontSize = 12;
        return plot;
    }
}
