using System.Globalization;
using System.Text.Json.Nodes;
using Expressivity.Actors.Protocol;

namespace Expressivity.Actors.Commands;

/// <summary>How sweep progress and results read, shared by <c>seed run</c> and <c>sweep watch/results</c>.</summary>
public static class ProgressText
{
    /// <summary>One line: stage, units done/total, rate, ETA, in-flight, state; a final sweep has no rate or ETA.</summary>
    public static string Describe(SweepStatus s)
    {
        if (Coordinator.SweepPhase.IsFinal(s.State)) return $"stage {s.Stage}: {s.StageUnitsDone}/{s.StageUnitsTotal} units ({s.State})";
        var eta = s.EtaSeconds is { } e ? FormatDuration(e) : "--";
        var line = string.Create(CultureInfo.InvariantCulture,
            $"stage {s.Stage}: {s.StageUnitsDone}/{s.StageUnitsTotal} units, {s.UnitsPerSecond:0.0} units/s, ETA {eta}, {s.InFlight} in flight ({s.State})");
        // Validated sweeps (docs/design/validation.md) say how the checks go.
        return s.Validation is { } v ? $"{line}; validation: {Validation(v)}{(v.Pending > 0 ? $", {v.Pending} pending" : "")}" : line;
    }

    /// <summary>"checked 12, agreed 11, mismatches 1, resolved 1 (outvoted: w3)".</summary>
    public static string Validation(ValidationSummary v) =>
        string.Create(CultureInfo.InvariantCulture, $"checked {v.Checked}, agreed {v.Agreed}, mismatches {v.Mismatches}, resolved {v.Resolved}")
        + (v.Outvoted.Count > 0 ? $" (outvoted: {string.Join(", ", v.Outvoted)})" : "");

    /// <summary>A 30-character bar.</summary>
    public static string Bar(long done, long total)
    {
        const int width = 30;
        var filled = total == 0 ? 0 : (int)(width * Math.Min(1.0, (double)done / total));
        return "[" + new string('#', filled) + new string('.', width - filled) + "]";
    }

    /// <summary>Seconds as h:mm:ss or m:ss; "--" when unknown, "> 9999 h" when a near-zero rate makes it absurd.</summary>
    public static string FormatDuration(double seconds)
    {
        // A rate that falls towards zero under load gives an ETA beyond TimeSpan's range: a progress line
        // must never be what kills a long run.
        if (double.IsNaN(seconds) || seconds < 0) return "--";
        if (seconds >= 9999 * 3600.0) return "> 9999 h";
        var t = TimeSpan.FromSeconds(Math.Round(seconds));
        return t.TotalHours >= 1 ? $"{(int)t.TotalHours}:{t.Minutes:00}:{t.Seconds:00}" : $"{t.Minutes}:{t.Seconds:00}";
    }

    /// <summary>The <c>--json</c> object of a sweep (SPEC.md section 5).</summary>
    public static string Json(SweepStatus status)
    {
        var o = new JsonObject
        {
            ["sweep"] = status.SweepId,
            ["kind"] = status.Kind,
            ["status"] = status.State,
            ["result"] = status.ResultJson is null ? null : JsonNode.Parse(status.ResultJson),
        };
        if (status.Error is not null) o["error"] = status.Error;
        // Completed units run again because their stored partials were lost or damaged (docs/design/integrity.md).
        o["recomputedUnits"] = status.RecomputedUnits;
        return o.ToJsonString();
    }

    /// <summary>(label, value) rows of a sweep's result, for tables and CSV.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Rows(SweepStatus status)
    {
        var rows = new List<KeyValuePair<string, string>> { new("sweep", status.SweepId), new("kind", status.Kind), new("status", status.State) };
        if (status.Error is not null) rows.Add(new("error", status.Error));
        rows.AddRange(status.ResultRows ?? []);
        rows.Add(new("units", status.UnitsDoneAllStages.ToString(CultureInfo.InvariantCulture)));
        if (status.RecomputedUnits > 0) rows.Add(new("recomputed units", status.RecomputedUnits.ToString(CultureInfo.InvariantCulture)));
        return rows;
    }

    /// <summary>Rows as an aligned two-column table.</summary>
    public static void WriteTable(IReadOnlyList<KeyValuePair<string, string>> rows, TextWriter output)
    {
        var width = rows.Max(r => r.Key.Length);
        foreach (var (label, value) in rows) output.WriteLine($"{label.PadRight(width)}  {value}");
    }

    /// <summary>Rows as CSV with a header line.</summary>
    public static void WriteCsv(IReadOnlyList<KeyValuePair<string, string>> rows, TextWriter output)
    {
        output.WriteLine("field,value");
        foreach (var (label, value) in rows) output.WriteLine($"{Csv(label)},{Csv(value)}");
    }

    private static string Csv(string s) => s.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
}
