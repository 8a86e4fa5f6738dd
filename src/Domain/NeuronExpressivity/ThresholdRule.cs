using System.Text.Json.Nodes;

namespace Expressivity.Domain.NeuronExpressivity;

/// <summary>
/// Which thresholds t accompany each weight vector: every integer ("any"), one fixed value, or an
/// inclusive range. Internally always a window [<see cref="Low"/>, <see cref="High"/>]; "any" uses the
/// whole long range, which is wider than every possible dot product (the parser bounds those).
/// </summary>
public sealed record ThresholdRule(ThresholdRule.Mode Kind, long Low, long High)
{
    /// <summary>The three spellings of the <c>threshold</c> field.</summary>
    public enum Mode
    {
        /// <summary><c>"any"</c>: every integer threshold.</summary>
        Any,

        /// <summary><c>{"value": t}</c>.</summary>
        Value,

        /// <summary><c>{"min": a, "max": b}</c>.</summary>
        Range,
    }

    /// <summary>Every integer threshold.</summary>
    public static readonly ThresholdRule Any = new(Mode.Any, long.MinValue, long.MaxValue);

    /// <summary>The single threshold <paramref name="t"/>.</summary>
    public static ThresholdRule Value(long t) => new(Mode.Value, t, t);

    /// <summary>Every threshold in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static ThresholdRule Range(long min, long max) => new(Mode.Range, min, max);

    /// <summary>The normal JSON spelling.</summary>
    public JsonNode ToNormalJson() => Kind switch
    {
        Mode.Any => JsonValue.Create("any"),
        Mode.Value => new JsonObject { ["value"] = Low },
        _ => new JsonObject { ["min"] = Low, ["max"] = High },
    };
}
