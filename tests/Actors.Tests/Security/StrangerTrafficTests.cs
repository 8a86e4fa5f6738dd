using Akka.Actor;
using Akka.Configuration;
using Akka.Dispatch.SysMsg;
using Expressivity.Actors.Serialization;
using Expressivity.Actors.Tests.Support;
using Expressivity.TestSupport;
using Xunit;

namespace Expressivity.Actors.Tests.Security;

/// <summary>
/// A non-member actor system with Akka's default serializers (Newtonsoft with type names) attacks a
/// running node: gadgets by actor selection and by direct reference, a Status.Failure carrying an
/// exception type, PoisonPill, Kill, a Terminate system message and a remote deployment. None may
/// construct anything or stop anything. A control run against a plain Akka system proves the same
/// traffic does construct the gadget where the policy is absent.
/// </summary>
public sealed class StrangerTrafficTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static ActorSystem Stranger() => ActorSystem.Create("stranger", ConfigurationFactory.ParseString("""
        akka.actor.provider = remote
        akka.remote.dot-netty.tcp { hostname = 127.0.0.1, port = 0 }
        akka.loglevel = ERROR
        """));

    [Fact]
    public async Task A_stranger_can_neither_construct_types_nor_stop_actors_on_a_node()
    {
        using var dir = new TempDirectory();
        await using var node = await EmbeddedNode.Start(dir.Path);
        node.System.ActorOf(Props.Create(() => new CountingTarget()), "target");
        var address = Akka.Cluster.Cluster.Get(node.System).SelfAddress;
        using var stranger = Stranger();

        var selection = stranger.ActorSelection($"{address}/user/target");
        var target = await selection.ResolveOne(Patience);
        var gadget = new Gadget();
        var failure = new Status.Failure(new GadgetException());
        var (constructed, setters, refused, received) = (Gadget.Constructed, Gadget.SetterCalls, WireRefusals.Count, CountingTarget.Received);

        selection.Tell(gadget);
        target.Tell(gadget);
        target.Tell(failure);
        selection.Tell(PoisonPill.Instance);
        target.Tell(Kill.Instance);
        stranger.ActorOf(Props.Create(() => new DeployedProbe()).WithDeploy(Deploy.None.WithScope(new RemoteScope(address))), "deployed");
        // Remoting keeps order on one association: once this answers, everything above was handled.
        var identity = await target.Ask<ActorIdentity>(new Identify("after"), Patience);
        Assert.NotNull(identity.Subject);
        Assert.True(WireRefusals.Count >= refused + 6, $"refused {WireRefusals.Count - refused} of 6 payloads");

        // A refused system message also ends the stranger's association, so wait for its refusal instead.
        ((IInternalActorRef)target).SendSystemMessage(new Terminate());
        await Until(() => WireRefusals.Count >= refused + 7);

        var local = await node.System.ActorSelection("/user/target").Ask<ActorIdentity>(new Identify("still there"), Patience);
        Assert.NotNull(local.Subject); // not stopped by PoisonPill, Kill or Terminate
        Assert.Equal(constructed, Gadget.Constructed);
        Assert.Equal(setters, Gadget.SetterCalls);
        Assert.Equal(0, GadgetException.Rebuilt);
        Assert.Equal(0, DeployedProbe.Created);
        Assert.Equal(received, CountingTarget.Received);
        Assert.Equal(Akka.Cluster.MemberStatus.Up, Akka.Cluster.Cluster.Get(node.System).SelfMember.Status);
    }

    [Fact]
    public async Task Control_a_plain_akka_system_builds_the_gadget_from_the_same_traffic()
    {
        using var victim = Stranger();
        victim.ActorOf(Props.Create(() => new CountingTarget()), "target");
        var address = ((ExtendedActorSystem)victim).Provider.DefaultAddress;
        using var stranger = Stranger();
        var target = await stranger.ActorSelection($"{address}/user/target").ResolveOne(Patience);
        var gadget = new Gadget();
        var (constructed, setters) = (Gadget.Constructed, Gadget.SetterCalls);

        target.Tell(gadget);
        await target.Ask<ActorIdentity>(new Identify("after"), Patience);

        Assert.Equal(constructed + 1, Gadget.Constructed);
        Assert.Equal(setters + 1, Gadget.SetterCalls);
    }

    private static async Task Until(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("condition not reached");
            await Task.Delay(20);
        }
    }
}
