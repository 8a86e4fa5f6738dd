namespace Expressivity.Domain.Pictures;

/// <summary>One named series of a <see cref="LinePlot"/>: points joined by lines in x order as given, each marked.</summary>
/// <param name="Name">Legend text.</param>
/// <param name="Points">The (x, y) points, all finite.</param>
/// <param name="Colour">Line and marker colour.</param>
public sealed record PlotSeries(string Name, IReadOnlyList<(double X, double Y)> Points, Rgb Colour);
