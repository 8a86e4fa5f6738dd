using System.Runtime.Serialization;
using Akka.Actor;
using Akka.Configuration;
using Akka.Serialization;

namespace Expressivity.Actors.Serialization;

/// <summary>
/// Stands in for an Akka serializer that reads type names chosen by the sender (Newtonsoft JSON with
/// type names, protobuf by manifest type, remote deployment's Props, stream refs, reliable delivery).
/// Registered under the original's name and id, so the original is never instantiated: every payload
/// that names this id is refused before any type is looked up, and remoting drops it with a warning
/// ("Deserialization failed for message with serializer id ..."). Outbound use fails the same way.
/// A string-manifest serializer on purpose: Akka then passes the manifest through unread instead of
/// resolving it to a type.
/// </summary>
public abstract class RefusedSerializer(ExtendedActorSystem system, int identifier, string replaces) : SerializerWithStringManifest(system)
{
    /// <inheritdoc />
    public override int Identifier => identifier;

    /// <summary>The Akka serializer this one replaces.</summary>
    public string Replaces => replaces;

    /// <inheritdoc />
    public override string Manifest(object o) => throw Refuse($"cannot serialize {o.GetType().FullName}: no project serializer is bound to it");

    /// <inheritdoc />
    public override byte[] ToBinary(object obj) => throw Refuse($"cannot serialize {obj.GetType().FullName}: no project serializer is bound to it");

    /// <inheritdoc />
    public override object FromBinary(byte[] bytes, string manifest) => throw Refuse("inbound payload dropped unread");

    private SerializationException Refuse(string what) =>
        WireRefusals.Refuse($"serializer id {Identifier} ({Replaces}) is disabled on this node because it reads type names from the wire: {what}");
}

/// <summary>Replaces Akka's <c>json</c> (Newtonsoft with type names, id 1), bound to System.Object.</summary>
public sealed class RefusedJsonSerializer(ExtendedActorSystem system) : RefusedSerializer(system, 1, "Newtonsoft JSON")
{
    /// <summary>The constructor Akka calls when serialization-settings exist under this name.</summary>
    public RefusedJsonSerializer(ExtendedActorSystem system, Config settings) : this(system) => _ = settings;
}

/// <summary>Replaces Akka.Remote's <c>proto</c> (id 2): it instantiates whatever type the manifest names.</summary>
public sealed class RefusedProtobufSerializer(ExtendedActorSystem system) : RefusedSerializer(system, 2, "protobuf by manifest type")
{
    /// <summary>The constructor Akka calls when serialization-settings exist under this name.</summary>
    public RefusedProtobufSerializer(ExtendedActorSystem system, Config settings) : this(system) => _ = settings;
}

/// <summary>Replaces Akka.Remote's <c>daemon-create</c> (id 3): remote deployment of an actor class named by the sender.</summary>
public sealed class RefusedDaemonCreateSerializer(ExtendedActorSystem system) : RefusedSerializer(system, 3, "remote deployment")
{
    /// <summary>The constructor Akka calls when serialization-settings exist under this name.</summary>
    public RefusedDaemonCreateSerializer(ExtendedActorSystem system, Config settings) : this(system) => _ = settings;
}

/// <summary>Replaces Akka.Streams' stream-ref serializer (id 30): it resolves payload types by name; unused here.</summary>
public sealed class RefusedStreamRefSerializer(ExtendedActorSystem system) : RefusedSerializer(system, 30, "stream refs")
{
    /// <summary>The constructor Akka calls when serialization-settings exist under this name.</summary>
    public RefusedStreamRefSerializer(ExtendedActorSystem system, Config settings) : this(system) => _ = settings;
}

/// <summary>Replaces Akka.Cluster's reliable-delivery serializer (id 36): it resolves generic types by name; unused here.</summary>
public sealed class RefusedReliableDeliverySerializer(ExtendedActorSystem system) : RefusedSerializer(system, 36, "reliable delivery")
{
    /// <summary>The constructor Akka calls when serialization-settings exist under this name.</summary>
    public RefusedReliableDeliverySerializer(ExtendedActorSystem system, Config settings) : this(system) => _ = settings;
}
