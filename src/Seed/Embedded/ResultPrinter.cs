using System.Globalization;
using System.Text.Json.Nodes;
using Expressivity.Actors.Protocol;

namespace Expressivity.Seed.Embedded;

/// <summary>Prints a finished sweep on stdout: an aligned table, or the JSON object of SPEC.md section 5.</summary>
public static class ResultPrinter
{
    /// <summary>Writes the result of <paramref name="status"/>.</summary>
    public static void Print(SweepStatus status, bool json, TimeSpan elapsed, TextWriter output)
    {
        if (json)
        {
            var o = new JsonObject
            {
                ["sweep"] = status.SweepId,
                ["kind"] = status.Kind,
                ["status"] = status.State,
                ["result"] = status.ResultJson is null ? null : JsonNode.Parse(status.ResultJson),
            };
            if (status.Error is not null) o["error"] = status.Error;
            output.WriteLine(o.ToJsonString());
            return;
        }

        var rows = new List<KeyValuePair<string, string>>
        {
            new("sweep", status.SweepId),
            new("kind", status.Kind),
            new("status", status.State),
        };
        if (status.Error is not null) rows.Add(new("error", status.Error));
        rows.AddRange(status.ResultRows ?? []);
        rows.Add(new("units", status.UnitsDoneAllStages.ToString(CultureInfo.InvariantCulture)));
        rows.Add(new("wall time", string.Create(CultureInfo.InvariantCulture, $"{elapsed.TotalSeconds:0.00} s (this process)")));
        var width = rows.Max(r => r.Key.Length);
        foreach (var (label, value) in rows) output.WriteLine($"{label.PadRight(width)}  {value}");
    }
}
