using Xunit;

namespace Expressivity.Dashboard.Tests;

public sealed class ProgressHistoryTests
{
    private static readonly DateTime T0 = new(2026, 12, 3, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void KeepsSamplesInOrderWithSecondsSinceFirstSeen()
    {
        var h = new ProgressHistory();
        h.Record("a", 0, 0, 10, T0);
        h.Record("a", 0, 4, 10, T0.AddSeconds(2));
        h.Record("b", 1, 1, 3, T0.AddSeconds(5));
        Assert.Equal([new ProgressPoint(0, 0, 0, 10), new ProgressPoint(2, 0, 4, 10)], h.Of("a"));
        Assert.Equal([new ProgressPoint(0, 1, 1, 3)], h.Of("b"));
        Assert.Empty(h.Of("never"));
    }

    [Fact]
    public void AFlatStretchCostsTwoPointsAndEndsAtTheLatestTime()
    {
        var h = new ProgressHistory();
        for (var s = 0; s <= 100; s++) h.Record("a", 0, 7, 10, T0.AddSeconds(s));
        Assert.Equal([new ProgressPoint(0, 0, 7, 10), new ProgressPoint(100, 0, 7, 10)], h.Of("a"));
    }

    [Fact]
    public void ThinsToBoundedSizeKeepingFirstAndLatest()
    {
        var h = new ProgressHistory();
        const int n = 10 * ProgressHistory.MaxPoints;
        for (var i = 0; i < n; i++) h.Record("a", 0, i, n, T0.AddSeconds(i));
        var points = h.Of("a");
        Assert.InRange(points.Count, ProgressHistory.MaxPoints / 2, ProgressHistory.MaxPoints - 1);
        Assert.Equal(new ProgressPoint(0, 0, 0, n), points[0]);
        Assert.Equal(new ProgressPoint(n - 1, 0, n - 1, n), points[^1]);
        Assert.True(points.Zip(points.Skip(1)).All(p => p.Item1.Done < p.Item2.Done), "samples stay in order");
    }
}
