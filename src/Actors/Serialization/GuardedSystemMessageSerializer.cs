using Akka.Actor;
using Akka.Dispatch.SysMsg;
using Akka.Remote.Serialization;
using Akka.Serialization;
using Akka.Util;

namespace Expressivity.Actors.Serialization;

/// <summary>
/// Akka.Remote's system-message serializer (id 22) limited, inbound, to remote death watch: Watch,
/// Unwatch and DeathWatchNotification. Create, Recreate, Suspend, Resume, Terminate, Supervise and
/// Failed only serve remote deployment (unused) and would let a peer stop or restart local actors;
/// three of them also rebuild exceptions from sender-chosen type names. The manifest is compared as
/// a string, never resolved to a type; the wire format stays Akka's (manifest = type-qualified name).
/// </summary>
public sealed class GuardedSystemMessageSerializer(ExtendedActorSystem system) : SerializerWithStringManifest(system)
{
    private static readonly Dictionary<string, Type> AcceptedTypes = new[] { typeof(Watch), typeof(Unwatch), typeof(DeathWatchNotification) }
        .ToDictionary(t => t.TypeQualifiedName());

    private readonly SystemMessageSerializer _inner = new(system);

    /// <summary>Manifests accepted from the wire.</summary>
    public static IEnumerable<string> Accepted => AcceptedTypes.Keys;

    /// <inheritdoc />
    public override int Identifier => _inner.Identifier;

    /// <inheritdoc />
    public override string Manifest(object o) => o.GetType().TypeQualifiedName();

    /// <inheritdoc />
    public override byte[] ToBinary(object obj) => _inner.ToBinary(obj);

    /// <inheritdoc />
    public override object FromBinary(byte[] bytes, string manifest) => AcceptedTypes.TryGetValue(manifest, out var type)
        ? _inner.FromBinary(bytes, type)
        : throw WireRefusals.Refuse($"system message '{manifest}' is refused from the wire (only death watch is accepted)");
}
