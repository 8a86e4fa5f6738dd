using System.Globalization;
using System.Text.Json.Nodes;
using Expressivity.Actors.Commands;
using Expressivity.Actors.Protocol;
using Expressivity.Domain.Results;

namespace Expressivity.Seed.Embedded;

/// <summary>Prints a finished sweep on stdout: an aligned table, or the JSON object of SPEC.md section 5.</summary>
public static class ResultPrinter
{
    /// <summary>Writes the result of <paramref name="status"/>; JSON carries <paramref name="provenance"/> when given.</summary>
    public static void Print(SweepStatus status, bool json, TimeSpan elapsed, TextWriter output, Provenance? provenance = null)
    {
        if (json)
        {
            var o = JsonNode.Parse(ProgressText.Json(status))!.AsObject();
            if (provenance is not null) o["provenance"] = provenance.ToJson();
            output.WriteLine(o.ToJsonString());
            return;
        }

        var rows = ProgressText.Rows(status).ToList();
        rows.Add(new("wall time", string.Create(CultureInfo.InvariantCulture, $"{elapsed.TotalSeconds:0.00} s (this process)")));
        ProgressText.WriteTable(rows, output);
    }
}
