using Akka.Actor;
using Akka.Remote.Serialization;
using Akka.Serialization;

namespace Expressivity.Actors.Serialization;

/// <summary>
/// Akka.Remote's <c>akka-misc</c> serializer (id 16) limited, inbound, to what a cluster needs:
/// Identify/ActorIdentity (singleton proxy, actor selection), actor refs, remote-watcher heartbeats
/// and Status.Success (its payload goes through this node's guarded serializers). Refused: PoisonPill
/// and Kill (a stranger could stop actors), Status.Failure (its exception is rebuilt from a type name
/// the sender chooses) and every Props/router/scope manifest (remote deployment only).
/// </summary>
public sealed class GuardedMiscMessageSerializer(ExtendedActorSystem system) : SerializerWithStringManifest(system)
{
    /// <summary>Manifests of <see cref="MiscMessageSerializer"/> accepted from the wire.</summary>
    public static readonly IReadOnlySet<string> Accepted = new HashSet<string> { "ID", "AID", "AR", "RWHB", "RWHR", "STS" };

    private readonly MiscMessageSerializer _inner = new(system);

    /// <inheritdoc />
    public override int Identifier => _inner.Identifier;

    /// <inheritdoc />
    public override string Manifest(object o) => _inner.Manifest(o);

    /// <inheritdoc />
    public override byte[] ToBinary(object obj) => _inner.ToBinary(obj);

    /// <inheritdoc />
    public override object FromBinary(byte[] bytes, string manifest) => Accepted.Contains(manifest)
        ? _inner.FromBinary(bytes, manifest)
        : throw WireRefusals.Refuse($"akka-misc manifest '{manifest}' is refused from the wire (PoisonPill, Kill, Status.Failure and remote deployment are not accepted)");
}
