using System.Text.Json;

namespace Expressivity.Domain.Results;

/// <summary>
/// Two results side by side, leaf by leaf (paths as in <see cref="TidyRows"/>): equal, different, or only in
/// one of them. Values compare as written, so counts compare exactly digit for digit.
/// </summary>
public static class ResultComparison
{
    /// <summary>Every field of either result, in the order of <paramref name="a"/> then the fields only <paramref name="b"/> has.</summary>
    public static IReadOnlyList<FieldComparison> Compare(JsonElement a, JsonElement b)
    {
        var left = TidyRows.Leaves(a, "").ToList();
        var right = TidyRows.Leaves(b, "").ToDictionary(l => l.Path, l => l.Value, StringComparer.Ordinal);
        var fields = left.Select(l => new FieldComparison(l.Path, l.Value, right.GetValueOrDefault(l.Path))).ToList();
        var seen = left.Select(l => l.Path).ToHashSet(StringComparer.Ordinal);
        fields.AddRange(TidyRows.Leaves(b, "").Where(l => !seen.Contains(l.Path)).Select(l => new FieldComparison(l.Path, null, l.Value)));
        return fields;
    }
}

/// <summary>One field of a comparison; a null value means the field is missing on that side.</summary>
public sealed record FieldComparison(string Field, string? A, string? B)
{
    /// <summary>"equal", "different", "only in a" or "only in b".</summary>
    public string Verdict => (A, B) switch
    {
        (null, _) => "only in b",
        (_, null) => "only in a",
        _ when string.Equals(A, B, StringComparison.Ordinal) => "equal",
        _ => "different",
    };

    /// <summary>True when both sides hold the same value.</summary>
    public bool IsEqual => Verdict == "equal";
}
