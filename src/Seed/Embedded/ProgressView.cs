using Expressivity.Actors.Commands;
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
        var text = ProgressText.Describe(s);
        if (_bar)
        {
            var line = $"\r{ProgressText.Bar(s.StageUnitsDone, s.StageUnitsTotal)} {text}";
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
}
