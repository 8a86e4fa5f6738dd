using Akka.Actor;
using Akka.Configuration;
using Akka.Remote;
using Expressivity.Actors.Coordinator;
using Expressivity.Actors.Hosting;
using Expressivity.Actors.Workers;
using Expressivity.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Expressivity.Actors.Tests.Security;

/// <summary>
/// Remoting with Node:Tls: a node accepts only peers presenting a pinned certificate. A member with
/// the cluster's certificate delivers messages and joins; a stranger with another certificate, or
/// with none (plain TCP), delivers nothing and never becomes a member.
/// </summary>
public sealed class RemotingTlsTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static ActorSystem Peer(string name, string? certificatePath) => ActorSystem.Create(name, ConfigurationFactory.ParseString($$"""
        akka.actor.provider = cluster
        akka.loglevel = ERROR
        akka.remote.dot-netty.tcp {
          hostname = 127.0.0.1
          port = 0
          enable-ssl = {{(certificatePath is null ? "false" : "true")}}
          ssl {
            certificate { path = "{{certificatePath}}", password = "{{TestCertificates.Password}}" }
            # The peer trusts anyone; the node under test is the one that must refuse.
            suppress-validation = true
          }
        }
        """));

    [Fact]
    public async Task Only_a_peer_with_the_pinned_certificate_can_deliver_or_join()
    {
        using var dir = new TempDirectory();
        var cluster = Path.Combine(dir.Path, "cluster.pfx");
        var other = Path.Combine(dir.Path, "other.pfx");
        TestCertificates.Write(cluster, "expressivity-node");
        TestCertificates.Write(other, "stranger");
        var node = new NodeOptions
        {
            Port = 0,
            Roles = [ClusterRoles.Seed, ClusterRoles.Coordinator, ClusterRoles.Worker],
            Tls = new TlsOptions { Enabled = true, CertificatePath = cluster, CertificatePassword = TestCertificates.Password },
        };
        using var host = SweepNodeHost.Build(node, new StorageOptions { DataDirectory = Path.Combine(dir.Path, "data") }, new CoordinatorOptions(), new WorkerOptions { Capacity = 1 });
        await host.StartAsync();
        try
        {
            var system = host.Services.GetRequiredService<ActorSystem>();
            await SweepNodeHost.WhenUp(system, CancellationToken.None).WaitAsync(Patience);
            system.ActorOf(Props.Create(() => new TlsTarget()), "tls-target");
            var address = Akka.Cluster.Cluster.Get(system).SelfAddress;
            Assert.Equal("akka.ssl.tcp", address.Protocol);
            var received = TlsTarget.Received;

            foreach (var (name, certificate) in new[] { ("stranger", other), ("plain", (string?)null) })
            {
                using var stranger = Peer(name, certificate);
                var failed = new TaskCompletionSource();
                var listener = stranger.ActorOf(Props.Create(() => new AssociationFailures(failed)));
                stranger.EventStream.Subscribe(listener, typeof(AssociationErrorEvent));
                stranger.EventStream.Subscribe(listener, typeof(DisassociatedEvent));
                // A plain stranger dials the same port over plain TCP (Akka names it akka.tcp).
                var dialled = certificate is null ? new Address("akka.tcp", address.System, address.Host, address.Port) : address;
                stranger.ActorSelection($"{dialled}/user/tls-target").Tell("hello from a stranger");
                Akka.Cluster.Cluster.Get(stranger).Join(dialled);
                await failed.Task.WaitAsync(Patience);
                Assert.Equal(received, TlsTarget.Received);
                Assert.Single(Akka.Cluster.Cluster.Get(system).State.Members);
            }

            using var member = Peer("expressivity", cluster);
            var identity = await member.ActorSelection($"{address}/user/tls-target").Ask<ActorIdentity>(new Identify("member"), Patience);
            Assert.NotNull(identity.Subject);
            var joined = new TaskCompletionSource();
            Akka.Cluster.Cluster.Get(member).RegisterOnMemberUp(() => joined.TrySetResult());
            Akka.Cluster.Cluster.Get(member).Join(address);
            await joined.Task.WaitAsync(Patience);
            Assert.Equal(2, Akka.Cluster.Cluster.Get(system).State.Members.Count);
            Assert.Equal(received, TlsTarget.Received);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public void Missing_or_unreadable_certificates_are_refused_naming_the_setting()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "node.pfx");
        TestCertificates.Write(path, "node");
        Assert.Contains("Node:Tls:CertificatePath is required", Assert.Throws<ArgumentException>(() => new TlsOptions { Enabled = true }.LoadCertificate()).Message);
        Assert.Contains("does not exist", Assert.Throws<ArgumentException>(() => new TlsOptions { Enabled = true, CertificatePath = path + ".x" }.LoadCertificate()).Message);
        Assert.Contains("Node:Tls:CertificatePassword", Assert.Throws<ArgumentException>(() => new TlsOptions { Enabled = true, CertificatePath = path, CertificatePassword = "wrong" }.LoadCertificate()).Message);
        Assert.Contains("Node:Tls:AllowedThumbprints", Assert.Throws<ArgumentException>(() => new TlsOptions { Enabled = true, CertificatePath = path, CertificatePassword = TestCertificates.Password, AllowedThumbprints = ["abc"] }.LoadCertificate()).Message);
        using var loaded = new TlsOptions { Enabled = true, CertificatePath = path, CertificatePassword = TestCertificates.Password }.LoadCertificate();
        Assert.NotNull(loaded);
        Assert.Null(new TlsOptions().LoadCertificate());
    }

    // Its own counter: other test classes run in parallel and count into CountingTarget.
    private sealed class TlsTarget : ReceiveActor
    {
        private static int _received;

        public TlsTarget() => ReceiveAny(_ => Interlocked.Increment(ref _received));

        public static int Received => Volatile.Read(ref _received);
    }

    private sealed class AssociationFailures : ReceiveActor
    {
        public AssociationFailures(TaskCompletionSource failed) => ReceiveAny(_ => failed.TrySetResult());
    }
}
