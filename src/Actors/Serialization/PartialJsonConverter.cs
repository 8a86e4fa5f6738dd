using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Serialization;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Actors.Serialization;

/// <summary>
/// Writes a <see cref="Partial"/> exactly at any size as format 2,
/// <c>{"v": 2, "sum": {"name": "decimal"}, "max": {...}, "min": {...}, "union": {...}}</c>: counters grouped
/// by their merge rule (empty groups left out). Reads format 2 and format 1, <c>{"name": "decimal"}</c>,
/// whose rules came from the name prefix, so journals written before format 2 replay unchanged.
/// Format 1 values are always strings, so a numeric <c>"v"</c> tells the formats apart.
/// </summary>
public sealed class PartialJsonConverter : JsonConverter<Partial>
{
    /// <summary>The format this converter writes.</summary>
    public const int Version = 2;

    private static readonly (string Name, MergeRule Rule)[] Groups =
        [("sum", MergeRule.Sum), ("max", MergeRule.Max), ("min", MergeRule.Min), ("union", MergeRule.Union)];

    /// <inheritdoc />
    public override Partial Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("partial: expected an object");
        var legacy = new List<KeyValuePair<string, BigInteger>>();
        var counters = new List<(Counter, BigInteger)>();
        var first = true;
        var versioned = false;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var key = reader.GetString() ?? throw new JsonException("partial: null key");
            reader.Read();
            if (first && key == "v" && reader.TokenType == JsonTokenType.Number)
            {
                var version = reader.GetInt32();
                if (version != Version) throw new JsonException($"partial: format {version} is not supported (this build reads 1 and {Version})");
                versioned = true;
            }
            else if (versioned)
            {
                var rule = Groups.FirstOrDefault(g => g.Name == key);
                if (rule.Name is null) throw new JsonException($"partial: unknown merge group '{key}'");
                ReadGroup(ref reader, rule.Rule, counters);
            }
            else
            {
                legacy.Add(KeyValuePair.Create(key, ParseValue(ref reader, key)));
            }

            first = false;
        }

        return versioned ? Partial.Of(counters) : Partial.FromPrefixRule(legacy);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Partial value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("v", Version);
        foreach (var (name, rule) in Groups)
        {
            var members = value.Counters.Where(c => c.Counter.Rule == rule).ToList();
            if (members.Count == 0) continue;
            writer.WriteStartObject(name);
            foreach (var (counter, v) in members) writer.WriteString(counter.Name, v.ToString(CultureInfo.InvariantCulture));
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void ReadGroup(ref Utf8JsonReader reader, MergeRule rule, List<(Counter, BigInteger)> counters)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("partial: expected an object of counters");
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var key = reader.GetString() ?? throw new JsonException("partial: null key");
            reader.Read();
            counters.Add((new Counter(key, rule), ParseValue(ref reader, key)));
        }
    }

    private static BigInteger ParseValue(ref Utf8JsonReader reader, string key)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        if (text is null || !BigInteger.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            throw new JsonException($"partial: counter '{key}' is not a decimal string");
        return value;
    }
}
