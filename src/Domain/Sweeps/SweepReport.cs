using System.Text.Json.Nodes;

namespace Expressivity.Domain.Sweeps;

/// <summary>
/// The final, merged result of a sweep. <see cref="Result"/> is the <c>result</c> object of the
/// <c>--json</c> output (SPEC.md section 5: counts as decimal strings); <see cref="Rows"/> is the same
/// content as (label, value) lines for the human-readable table.
/// </summary>
public sealed record SweepReport(JsonObject Result, IReadOnlyList<KeyValuePair<string, string>> Rows);
