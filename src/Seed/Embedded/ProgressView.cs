using System.Globalization;
using Expressivity.Actors.Protocol;

namespace Expressivity.Seed.Embedded;

/// <summary>
/// Renders sweep progress on stderr: a redrawn bar on a terminal, or a plain line every few seconds
/// when redirected (logs, CI), so stdout carries only the result.
/// </summary>
public sealed class ProgressView(string mode)
{
    private readonly bool _bar = mode == "bar" || (mode == "auto" && !Console.IsErrorRedirected);
    private readonly bool _silent = mode == "none";
    private DateTime _lastLine = DateTime.MinValue;
    private int _lastWidth;

    /// <summary>Shows one status.</summary>
    public void Show(SweepStatus s)
    {
        if (_silent) return;
        var text = Describe(s);
        if (_bar)
        {
            var line = $"\r{Bar(s.StageUnitsDone, s.StageUnitsTotal)} {text}";
            Console.Error.Write(line.PadRight(_lastWidth));
            _lastWidth = line.Length;
        }
        else if (DateTime.UtcNow - _lastLine > TimeSpan.FromSeconds(2))
        {
            Console.Error.WriteLine($"progress: {text}");
            _lastLine = DateTime.UtcNow;
        }
    }

    /// <summary>Ends the bar line.</summary>
    public void Finish()
    {
        if (_bar && _lastWidth > 0) Console.Error.WriteLine();
    }

    /// <summary>One line: stage, units done/total, rate, ETA, in-flight.</summary>
    public static string Describe(SweepStatus s)
    {
        var eta = s.EtaSeconds is { } e ? FormatDuration(e) : "--";
        return string.Create(CultureInfo.InvariantCulture,
            $"stage {s.Stage}: {s.StageUnitsDone}/{s.StageUnitsTotal} units, {s.UnitsPerSecond:0.0} units/s, ETA {eta}, {s.InFlight} in flight ({s.State})");
    }

    /// <summary>A 30-character bar.</summary>
    public static string Bar(long done, long total)
    {
        const int width = 30;
        var filled = total == 0 ? 0 : (int)(width * Math.Min(1.0, (double)done / total));
        return "[" + new string('#', filled) + new string('.', width - filled) + "]";
    }

    /// <summary>Seconds as h:mm:ss or m:ss.</summary>
    public static string FormatDuration(double seconds)
    {
        var t = TimeSpan.FromSeconds(Math.Round(seconds));
        return t.TotalHours >= 1 ? $"{(int)t.TotalHours}:{t.Minutes:00}:{t.Seconds:00}" : $"{t.Minutes}:{t.Seconds:00}";
    }
}
