using System.Globalization;

namespace Expressivity.Domain.Pictures;

/// <summary>Axis ticks at "nice" steps (1, 2 or 5 times a power of ten) covering a data range.</summary>
public static class NiceTicks
{
    /// <summary>
    /// About <paramref name="target"/> tick values covering [<paramref name="min"/>, <paramref name="max"/>]:
    /// the first is at or below min and the last at or above max. A degenerate range is widened by 1 each way.
    /// </summary>
    public static double[] For(double min, double max, int target = 5)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max) || min > max) throw new ArgumentException($"bad range [{min}, {max}]");
        ArgumentOutOfRangeException.ThrowIfLessThan(target, 2);
        if (min == max)
        {
            min -= 1;
            max += 1;
        }

        var step = Step((max - min) / (target - 1));
        var first = Math.Floor(min / step);
        var last = Math.Ceiling(max / step);
        var ticks = new double[(int)(last - first) + 1];
        for (var i = 0; i < ticks.Length; i++) ticks[i] = Math.Round((first + i) * step, 12);
        return ticks;
    }

    /// <summary>Short label for a tick value: integers plainly, others with up to 4 significant digits.</summary>
    public static string Label(double value) =>
        value == Math.Round(value) && Math.Abs(value) < 1e9
            ? value.ToString("0", CultureInfo.InvariantCulture)
            : value.ToString("G4", CultureInfo.InvariantCulture);

    private static double Step(double raw)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var fraction = raw / power;
        return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
    }
}
