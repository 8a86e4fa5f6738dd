using Akka.Actor;
using Akka.Configuration;
using Expressivity.Actors.Serialization;
using Expressivity.Actors.Tests.Support;
using Expressivity.TestSupport;
using Xunit;

namespace Expressivity.Actors.Tests.Security;

public sealed class WireSerializerPolicyTests
{
    [Fact]
    public async Task A_running_node_has_only_allowed_serializers_and_the_type_name_readers_are_replaced()
    {
        using var dir = new TempDirectory();
        await using var node = await EmbeddedNode.Start(dir.Path);

        Assert.Empty(WireSerializerPolicy.Problems(node.System.Settings.Config));
        var serialization = node.System.Serialization;
        Assert.IsType<RefusedJsonSerializer>(serialization.FindSerializerForType(typeof(object)));
        Assert.IsType<GuardedMiscMessageSerializer>(serialization.FindSerializerForType(typeof(PoisonPill)));
        Assert.IsType<GuardedSystemMessageSerializer>(serialization.FindSerializerForType(typeof(Akka.Dispatch.SysMsg.Terminate)));
        foreach (var id in new[] { 1, 2, 3, 30, 36 })
        {
            var e = Assert.Throws<System.Runtime.Serialization.SerializationException>(() => serialization.Deserialize([1, 2, 3], id, "System.IO.FileSystemWatcher, System.IO.FileSystem.Watcher"));
            Assert.Contains($"serializer id {id}", e.Message);
        }
    }

    [Fact]
    public void Unbound_types_are_not_serialized_for_the_wire()
    {
        using var system = ActorSystem.Create("policy", ConfigurationFactory.ParseString(WireSerializerPolicy.Hocon + "\nakka.actor.provider = remote\nakka.remote.dot-netty.tcp.port = 0"));
        var e = Assert.ThrowsAny<Exception>(() => system.Serialization.Serialize(new Gadget()));
        Assert.Contains("no project serializer", e.Message);
    }

    [Theory]
    [InlineData("akka.actor.serializers.hyperion = \"Akka.Serialization.HyperionSerializer, Akka.Serialization.Hyperion\"", "akka.actor.serializers.hyperion")]
    [InlineData("akka.actor.serializers.json = \"Akka.Serialization.NewtonSoftJsonSerializer, Akka\"", "akka.actor.serializers.json")]
    [InlineData("akka.actor.serialization-bindings { \"System.String, System.Private.CoreLib\" = no-such-serializer }", "no-such-serializer")]
    public void Configuration_naming_a_foreign_or_unknown_serializer_is_refused(string hocon, string named)
    {
        var config = ConfigurationFactory.ParseString(hocon)
            .WithFallback(ConfigurationFactory.ParseString(WireSerializerPolicy.Hocon))
            .WithFallback(ConfigurationFactory.Default());
        var problems = WireSerializerPolicy.Problems(config);
        Assert.Contains(problems, p => p.Contains(named));
        Assert.NotEmpty(WireSerializerPolicy.Problems(ConfigurationFactory.Default()));
        Assert.Empty(WireSerializerPolicy.Problems(ConfigurationFactory.ParseString(WireSerializerPolicy.Hocon).WithFallback(ConfigurationFactory.Default())));
    }
}
