using System.Net;
using System.Text.Json;
using Akka.Actor;
using Expressivity.Actors.Coordinator;
using Expressivity.Actors.Hosting;
using Expressivity.Actors.Workers;
using Expressivity.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit;
using AkkaCluster = Akka.Cluster.Cluster;
using MemberStatus = Akka.Cluster.MemberStatus;

namespace Expressivity.Actors.Tests.Hosting;

/// <summary>
/// Real nodes on loopback forming a cluster through Akka.Management cluster bootstrap over config
/// discovery, and the health routes they serve on the management port.
/// </summary>
public sealed class ClusterBootstrapTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Two_contact_points_form_one_cluster_and_turn_ready_once_up()
    {
        using var dirA = new TempDirectory();
        using var dirB = new TempDirectory();
        int portA = FreePort.Next(), portB = FreePort.Next();
        string[] contactPoints = [$"127.0.0.1:{portA}", $"127.0.0.1:{portB}"];
        using var a = Build(dirA.Path, portA, contactPoints);
        using var b = Build(dirB.Path, portB, contactPoints);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        await a.StartAsync();
        try
        {
            // Alone, A may not form a cluster (two contact points required): alive, not ready.
            var live = await WaitForStatus(http, portA, HealthRoutes.LivePath, HttpStatusCode.OK);
            Assert.Equal("Healthy", live.GetProperty("status").GetString());
            var notReady = await Get(http, portA, HealthRoutes.ReadyPath);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, notReady.Status);
            Assert.Equal("Unhealthy", notReady.Body.GetProperty("status").GetString());
            var systemA = a.Services.GetRequiredService<ActorSystem>();

            await b.StartAsync();
            var systemB = b.Services.GetRequiredService<ActorSystem>();
            await Task.WhenAll(SweepNodeHost.WhenUp(systemA, CancellationToken.None), SweepNodeHost.WhenUp(systemB, CancellationToken.None)).WaitAsync(Generous);

            foreach (var port in new[] { portA, portB })
            {
                var ready = await WaitForStatus(http, port, HealthRoutes.ReadyPath, HttpStatusCode.OK);
                Assert.Equal("Healthy", ready.GetProperty("status").GetString());
                // Coordinator nodes are ready only with their storage: the check is part of the answer.
                Assert.Equal("Healthy", ready.GetProperty("checks").GetProperty("storage").GetProperty("status").GetString());
            }

            // One cluster of both, not two clusters of one.
            Assert.Equal(AkkaCluster.Get(systemA).State.Leader, AkkaCluster.Get(systemB).State.Leader);
            Assert.Equal(2, AkkaCluster.Get(systemA).State.Members.Count(m => m.Status == MemberStatus.Up));
        }
        finally
        {
            await b.StopAsync();
            await a.StopAsync();
        }
    }

    private static IHost Build(string dataDirectory, int managementPort, string[] contactPoints) =>
        SweepNodeHost.Build(new NodeSettings(
            new NodeOptions
            {
                Port = 0,
                Roles = [ClusterRoles.Seed, ClusterRoles.Coordinator],
                Discovery = DiscoveryMode.Config,
                Management = new ManagementOptions { Port = managementPort },
                Bootstrap = new BootstrapOptions { ContactPoints = contactPoints, RequiredContactPoints = 2, StableMargin = TimeSpan.FromSeconds(1) },
            },
            new StorageOptions { DataDirectory = dataDirectory }, new CoordinatorOptions(), new WorkerOptions { Capacity = 1 },
            new CommandHostOptions { Enabled = false }, new MetricsOptions()));

    private static async Task<(HttpStatusCode Status, JsonElement Body)> Get(HttpClient http, int port, string path)
    {
        using var response = await http.GetAsync($"http://127.0.0.1:{port}{path}");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return (response.StatusCode, body);
    }

    /// <summary>Polls until the route answers <paramref name="status"/> (the endpoint binds once the system started).</summary>
    private static async Task<JsonElement> WaitForStatus(HttpClient http, int port, string path, HttpStatusCode status)
    {
        var deadline = DateTime.UtcNow + Generous;
        var last = "no answer";
        while (true)
        {
            try
            {
                var (code, body) = await Get(http, port, path);
                if (code == status) return body;
                last = $"{(int)code} {body}";
            }
            catch (HttpRequestException e)
            {
                last = e.Message;
            }

            Assert.True(DateTime.UtcNow < deadline, $"{path} on {port} never answered {(int)status}; last: {last}");
            await Task.Delay(100);
        }
    }
}
