using System.Text.Json.Nodes;

namespace Expressivity.Domain.Sweeps.Grids;

/// <summary>
/// The report of a grid sweep: <c>configurations</c>, one <c>{"spec", "result"}</c> per configuration — its
/// own runnable spec and exactly the result it reports alone — and rows that read as one table: a header,
/// then one line per configuration, parameters that vary on the left, the chosen result columns on the right.
/// </summary>
public static class GridReport
{
    /// <summary>Builds the report; <paramref name="columns"/> picks the table's (column, value) pairs from a configuration's result.</summary>
    public static SweepReport Build<TSpec>(ConfigurationGrid<TSpec> grid, Partial total, Func<TSpec, Partial, SweepReport> report, Func<JsonObject, IEnumerable<(string Column, string Value)>> columns)
        where TSpec : ISweepSpec
    {
        var entries = new JsonArray();
        var parameters = new List<Dictionary<string, string>>();
        var results = new List<List<(string Column, string Value)>>();
        for (var c = 0; c < grid.Configurations.Count; c++)
        {
            var spec = grid.Configurations[c].ToNormalJson();
            var result = report(grid.Configurations[c], ConfigurationGrid<TSpec>.Extract(c, total)).Result;
            entries.Add(new JsonObject { ["spec"] = spec.DeepClone(), ["result"] = result.DeepClone() });
            parameters.Add(Leaves(spec));
            results.Add(columns(result).ToList());
        }

        // Only the parameters that vary are columns (all of them when there is one configuration).
        var names = parameters[0].Keys.Where(k => k != "kind" && (parameters.Count == 1 || parameters.Any(p => p.GetValueOrDefault(k) != parameters[0][k]))).ToList();
        var resultNames = results.SelectMany(r => r.Select(x => x.Column)).Distinct().ToList();
        var left = new List<string[]> { names.ToArray() };
        left.AddRange(parameters.Select(p => names.Select(n => p.GetValueOrDefault(n) ?? "-").ToArray()));
        var right = new List<string[]> { resultNames.ToArray() };
        right.AddRange(results.Select(r => resultNames.Select(n => r.FirstOrDefault(x => x.Column == n).Value ?? "-").ToArray()));
        var leftText = Align(left);
        var rightText = Align(right);
        var rows = leftText.Zip(rightText, KeyValuePair.Create).ToList();
        return new SweepReport(new JsonObject { ["configurations"] = entries }, rows);
    }

    private static Dictionary<string, string> Leaves(JsonObject spec)
    {
        using var doc = System.Text.Json.JsonDocument.Parse(spec.ToJsonString());
        var leaves = new Dictionary<string, string>(StringComparer.Ordinal);
        // Objects such as a weight range read as one column: "weights" = {"min":-1,"max":1} rather than two.
        foreach (var p in doc.RootElement.EnumerateObject())
            leaves[p.Name] = p.Value.ValueKind == System.Text.Json.JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText();
        return leaves;
    }

    private static List<string> Align(List<string[]> table)
    {
        var widths = Enumerable.Range(0, table[0].Length).Select(c => table.Max(r => r[c].Length)).ToArray();
        return table.Select(r => string.Join("  ", r.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd()).ToList();
    }
}
