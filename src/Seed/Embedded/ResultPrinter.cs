using System.Globalization;
using Expressivity.Actors.Commands;
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
            output.WriteLine(ProgressText.Json(status));
            return;
        }

        var rows = ProgressText.Rows(status).ToList();
        rows.Add(new("wall time", string.Create(CultureInfo.InvariantCulture, $"{elapsed.TotalSeconds:0.00} s (this process)")));
        ProgressText.WriteTable(rows, output);
    }
}
