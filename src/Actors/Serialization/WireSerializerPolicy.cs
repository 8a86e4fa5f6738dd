using Akka.Actor;
using Akka.Configuration;
using Akka.Util;

namespace Expressivity.Actors.Serialization;

/// <summary>
/// Which serializers may exist on a node. Akka's type-name readers are replaced by refusing or guarded
/// stand-ins under their own names and ids (<see cref="Hocon"/>); <see cref="Verify"/> then refuses
/// startup when the running configuration names any serializer class outside <see cref="Allowed"/>
/// (Hyperion, a second Newtonsoft, a typo) or binds a type to a serializer name that does not exist.
/// </summary>
public static class WireSerializerPolicy
{
    /// <summary>Akka serializer names replaced by this project's stand-ins, with the replacement.</summary>
    public static readonly IReadOnlyDictionary<string, Type> Replaced = new Dictionary<string, Type>
    {
        ["json"] = typeof(RefusedJsonSerializer),
        ["proto"] = typeof(RefusedProtobufSerializer),
        ["daemon-create"] = typeof(RefusedDaemonCreateSerializer),
        ["akka-stream-ref"] = typeof(RefusedStreamRefSerializer),
        ["reliable-delivery"] = typeof(RefusedReliableDeliverySerializer),
        ["akka-misc"] = typeof(GuardedMiscMessageSerializer),
        ["akka-system-msg"] = typeof(GuardedSystemMessageSerializer),
    };

    /// <summary>
    /// Serializer classes (full names, any assembly version) a node may run. Akka's own listed here read
    /// no type names from the wire, or only name DData containers' generic arguments while every element
    /// goes back through this registry (akka-replicated-data).
    /// </summary>
    public static readonly IReadOnlySet<string> Allowed = new HashSet<string>(
        Replaced.Values.Select(t => t.FullName!).Concat([
            typeof(ProtocolSerializer).FullName!,
            "Akka.Serialization.ByteArraySerializer",
            "Akka.Remote.Serialization.MessageContainerSerializer",
            "Akka.Remote.Serialization.PrimitiveSerializers",
            "Akka.Cluster.Serialization.ClusterMessageSerializer",
            "Akka.Cluster.Tools.PublishSubscribe.Serialization.DistributedPubSubMessageSerializer",
            "Akka.Cluster.Tools.Singleton.Serialization.ClusterSingletonMessageSerializer",
            "Akka.Cluster.Tools.Client.Serialization.ClusterClientMessageSerializer",
            "Akka.Cluster.Sharding.Serialization.ClusterShardingMessageSerializer",
            "Akka.DistributedData.Serialization.ReplicatorMessageSerializer",
            "Akka.DistributedData.Serialization.ReplicatedDataSerializer",
            "Akka.Persistence.Serialization.PersistenceMessageSerializer",
            "Akka.Persistence.Serialization.PersistenceSnapshotSerializer",
        ]));

    /// <summary>HOCON that puts the stand-ins under Akka's names; prepend it so it wins over every default.</summary>
    public static string Hocon => string.Join("\n", Replaced.Select(r => $"akka.actor.serializers.{r.Key} = \"{r.Value.TypeQualifiedName()}\""));

    /// <summary>Every problem with the serializers of <paramref name="config"/>; empty when the node may start.</summary>
    public static IReadOnlyList<string> Problems(Config config)
    {
        var problems = new List<string>();
        var serializers = config.GetConfig("akka.actor.serializers");
        var names = new HashSet<string>();
        foreach (var (name, value) in serializers?.AsEnumerable() ?? [])
        {
            names.Add(name);
            var className = value.GetString().Split(',')[0].Trim();
            if (!Allowed.Contains(className))
                problems.Add($"akka.actor.serializers.{name}: serializer class '{className}' is not allowed on the wire (it may read type names)");
        }

        foreach (var (type, value) in config.GetConfig("akka.actor.serialization-bindings")?.AsEnumerable() ?? [])
        {
            var name = value.GetString();
            if (name != "none" && !names.Contains(name))
                problems.Add($"akka.actor.serialization-bindings.\"{type}\": unknown serializer name '{name}'");
        }

        return problems;
    }

    /// <summary>Refuses a running system whose serializers break the policy (message names the setting).</summary>
    public static void Verify(ActorSystem system)
    {
        var problems = Problems(system.Settings.Config);
        if (problems.Count > 0) throw new ArgumentException(string.Join("; ", problems));
    }
}
