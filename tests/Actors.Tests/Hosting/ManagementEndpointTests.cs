using System.Net;
using System.Net.Sockets;
using Akka.Actor;
using Expressivity.Actors.Coordinator;
using Expressivity.Actors.Hosting;
using Expressivity.Actors.Workers;
using Expressivity.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Expressivity.Actors.Tests.Hosting;

/// <summary>The management endpoint beside the default seed-node formation: health routes, and a taken port refused up front.</summary>
public sealed class ManagementEndpointTests
{
    [Fact]
    public async Task A_seed_node_with_a_management_port_answers_live_and_ready_once_up()
    {
        using var dir = new TempDirectory();
        var port = FreePort.Next();
        using var host = SweepNodeHost.Build(Settings(dir.Path, port));
        await host.StartAsync();
        try
        {
            await SweepNodeHost.WhenUp(host.Services.GetRequiredService<ActorSystem>(), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(90));
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            foreach (var path in new[] { HealthRoutes.LivePath, HealthRoutes.ReadyPath })
            {
                using var response = await http.GetAsync($"http://127.0.0.1:{port}{path}");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }

            // Only the health routes: bootstrap's are served under cluster bootstrap alone.
            using var other = await http.GetAsync($"http://127.0.0.1:{port}/bootstrap/seed-nodes");
            Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public void A_taken_management_port_is_refused_naming_the_setting()
    {
        using var dir = new TempDirectory();
        var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        try
        {
            var port = ((IPEndPoint)taken.LocalEndpoint).Port;
            var e = Assert.Throws<ArgumentException>(() => SweepNodeHost.Build(Settings(dir.Path, port)));
            Assert.Contains($"Node:Management:Port {port}", e.Message);
        }
        finally
        {
            taken.Stop();
        }
    }

    private static NodeSettings Settings(string dataDirectory, int managementPort) => new(
        new NodeOptions { Port = 0, Roles = [ClusterRoles.Seed, ClusterRoles.Coordinator], Management = new ManagementOptions { Enabled = true, Port = managementPort } },
        new StorageOptions { DataDirectory = dataDirectory }, new CoordinatorOptions(), new WorkerOptions { Capacity = 1 },
        new CommandHostOptions { Enabled = false }, new MetricsOptions());
}
