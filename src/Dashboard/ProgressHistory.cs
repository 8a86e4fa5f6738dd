namespace Expressivity.Dashboard;

/// <summary>
/// Progress samples per sweep, for the progress-over-time plot. Pure state: the clock is a parameter.
/// A sample equal to the previous one is not stored twice (except to extend the line to now), and a sweep's
/// list is thinned to every other point when it reaches <see cref="MaxPoints"/>, so memory stays bounded
/// on runs of any length. Thread-safe: the feed writes while plot downloads read.
/// </summary>
public sealed class ProgressHistory
{
    /// <summary>Most samples kept per sweep.</summary>
    public const int MaxPoints = 2000;

    private readonly Dictionary<string, (DateTime First, List<ProgressPoint> Points)> _sweeps = new(StringComparer.Ordinal);

    /// <summary>Records where <paramref name="sweep"/> stands at <paramref name="now"/>.</summary>
    public void Record(string sweep, int stage, long done, long total, DateTime now)
    {
        lock (_sweeps) Add(sweep, stage, done, total, now);
    }

    /// <summary>The samples of <paramref name="sweep"/>, oldest first (empty when never seen).</summary>
    public IReadOnlyList<ProgressPoint> Of(string sweep)
    {
        lock (_sweeps) return _sweeps.TryGetValue(sweep, out var e) ? e.Points.ToArray() : [];
    }

    private void Add(string sweep, int stage, long done, long total, DateTime now)
    {
        if (!_sweeps.TryGetValue(sweep, out var entry))
        {
            entry = (now, []);
            _sweeps[sweep] = entry;
        }

        var point = new ProgressPoint((now - entry.First).TotalSeconds, stage, done, total);
        var points = entry.Points;
        // Two equal samples in a row: move the second forward instead of adding a third, so a flat stretch costs two points.
        if (points.Count >= 2 && Same(points[^1], point) && Same(points[^2], point)) points[^1] = point;
        else points.Add(point);
        if (points.Count >= MaxPoints) Thin(points);
    }

    private static bool Same(ProgressPoint a, ProgressPoint b) => a.Stage == b.Stage && a.Done == b.Done && a.Total == b.Total;

    // Keeps every other point and always the last, so the line still ends at the latest sample.
    private static void Thin(List<ProgressPoint> points)
    {
        var last = points[^1];
        var kept = points.Where((_, i) => i % 2 == 0).ToList();
        if (kept[^1] != last) kept.Add(last);
        points.Clear();
        points.AddRange(kept);
    }
}
