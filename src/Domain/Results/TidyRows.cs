using System.Text.Json;

namespace Expressivity.Domain.Results;

/// <summary>
/// Flattens a sweep's spec and result into <see cref="TidyRow"/>s: the parameters are the spec's leaves
/// other than kind as <c>path=value</c> joined by "; ", each field is a result leaf's path
/// (<c>a.b</c>, <c>list[2]</c>), each value its JSON text without quotes for strings. A grid's result
/// (<c>configurations</c>, each <c>{"spec", "result"}</c>) gives each configuration's rows under that
/// configuration's own parameters, so a grid reads like the runs of its configurations one by one.
/// </summary>
public static class TidyRows
{
    /// <summary>The rows of one result (one per leaf value, in document order).</summary>
    public static IReadOnlyList<TidyRow> FromResult(string sweep, string kind, JsonElement? spec, JsonElement result)
    {
        if (IsGrid(result))
        {
            return result.GetProperty("configurations").EnumerateArray()
                .SelectMany(c => FromResult(sweep, kind, c.GetProperty("spec"), c.GetProperty("result")))
                .ToList();
        }

        var parameters = spec is { } s ? string.Join("; ", Leaves(s, "").Where(p => p.Path != "kind").Select(p => $"{p.Path}={p.Value}")) : "";
        return Leaves(result, "").Select(l => new TidyRow(sweep, kind, parameters, l.Path, l.Value)).ToList();
    }

    private static bool IsGrid(JsonElement result) =>
        result.ValueKind == JsonValueKind.Object && result.TryGetProperty("configurations", out var list) && list.ValueKind == JsonValueKind.Array
        && list.GetArrayLength() > 0
        && list.EnumerateArray().All(c => c.ValueKind == JsonValueKind.Object && c.TryGetProperty("spec", out var s) && s.ValueKind == JsonValueKind.Object
            && c.TryGetProperty("result", out var r) && r.ValueKind == JsonValueKind.Object);

    /// <summary>Every leaf (string, number, boolean, null) with its path; empty arrays and objects give none.</summary>
    public static IEnumerable<(string Path, string Value)> Leaves(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in element.EnumerateObject())
                    foreach (var leaf in Leaves(p.Value, path.Length == 0 ? p.Name : $"{path}.{p.Name}")) yield return leaf;
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                    foreach (var leaf in Leaves(item, $"{path}[{i++}]")) yield return leaf;
                break;
            case JsonValueKind.String:
                yield return (path, element.GetString()!);
                break;
            default:
                // Numbers keep their written digits (exact big integers and rationals as printed).
                yield return (path, element.GetRawText());
                break;
        }
    }
}
