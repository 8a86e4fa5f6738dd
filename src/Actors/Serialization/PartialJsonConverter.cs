using System.Numerics;
using System.Text.Json;
using System.Text.Json.Serialization;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Actors.Serialization;

/// <summary>Writes a <see cref="Partial"/> as <c>{"name": "decimal"}</c>: exact at any size.</summary>
public sealed class PartialJsonConverter : JsonConverter<Partial>
{
    /// <inheritdoc />
    public override Partial Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("partial: expected an object");
        var values = new List<KeyValuePair<string, BigInteger>>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var key = reader.GetString() ?? throw new JsonException("partial: null key");
            reader.Read();
            var text = reader.GetString() ?? throw new JsonException($"partial: null value for {key}");
            values.Add(KeyValuePair.Create(key, BigInteger.Parse(text, System.Globalization.CultureInfo.InvariantCulture)));
        }

        return Partial.Of(values);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Partial value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (key, v) in value.Values) writer.WriteString(key, v.ToString(System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteEndObject();
    }
}
