using ScottPlot;

namespace Expressivity.Plots;

/// <summary>
/// A colour map for category ids 0..count−1 drawn through a heat map whose range is [0, max(1, count − 1)]:
/// the normalised value is turned back into the id and given <see cref="FigureStyle.Category"/>.
/// </summary>
public sealed class CategoryColormap(int count) : IColormap
{
    /// <inheritdoc />
    public string Name => "categories";

    /// <inheritdoc />
    public Color GetColor(double normalizedIntensity)
    {
        var id = (int)Math.Round(Math.Clamp(normalizedIntensity, 0, 1) * Math.Max(1, count - 1));
        return FigureStyle.Category(id);
    }
}
