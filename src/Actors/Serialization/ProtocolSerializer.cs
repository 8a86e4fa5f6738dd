using System.Text.Json;
using Akka.Actor;
using Akka.Serialization;

namespace Expressivity.Actors.Serialization;

/// <summary>
/// Serializer for every <see cref="Protocol.IProtocolMessage"/> and persisted event: System.Text.Json
/// bodies with string manifests from <see cref="ProtocolManifests"/>. No type name is ever read from
/// the wire or the journal, and the JSON stays readable for audits.
/// </summary>
public sealed class ProtocolSerializer(ExtendedActorSystem system) : SerializerWithStringManifest(system)
{
    /// <summary>The serializer id registered in configuration.</summary>
    public const int SerializerId = 7701;

    /// <summary>The JSON options used for every body.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new PartialJsonConverter() },
    };

    /// <inheritdoc />
    public override int Identifier => SerializerId;

    /// <inheritdoc />
    public override string Manifest(object o) => ProtocolManifests.ManifestOf(o.GetType());

    /// <inheritdoc />
    public override byte[] ToBinary(object obj) => JsonSerializer.SerializeToUtf8Bytes(obj, obj.GetType(), Options);

    /// <inheritdoc />
    public override object FromBinary(byte[] bytes, string manifest) =>
        JsonSerializer.Deserialize(bytes, ProtocolManifests.TypeOf(manifest), Options)
        ?? throw new System.Runtime.Serialization.SerializationException($"empty body for manifest '{manifest}'");
}
