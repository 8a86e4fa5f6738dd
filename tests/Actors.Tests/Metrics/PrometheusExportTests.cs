using System.Text.RegularExpressions;
using Expressivity.Actors.Coordinator;
using Expressivity.Actors.Hosting;
using Expressivity.Actors.Tests.Support;
using Expressivity.Actors.Workers;
using Expressivity.Domain.Sweeps;
using Expressivity.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Expressivity.Actors.Tests.Metrics;

public sealed class PrometheusExportTests
{
    static PrometheusExportTests() => SweepCatalog.Register(SquaresKind.Instance);

    [Fact]
    public async Task Scrape_endpoint_counts_every_persisted_completion()
    {
        using var dir = new TempDirectory();
        var port = TestSupport.FreePort.Next();
        var settings = new NodeSettings(
            new NodeOptions { Port = 0, Roles = [ClusterRoles.Seed, ClusterRoles.Coordinator, ClusterRoles.Worker] },
            new StorageOptions { DataDirectory = dir.Path }, new CoordinatorOptions(), new WorkerOptions { Capacity = 2 },
            new CommandHostOptions { Enabled = false }, new MetricsOptions { Exporter = "prometheus", PrometheusPrefix = $"http://127.0.0.1:{port}/" });
        using var host = SweepNodeHost.Build(settings);
        await host.StartAsync();
        try
        {
            var system = host.Services.GetRequiredService<Akka.Actor.ActorSystem>();
            await SweepNodeHost.WhenUp(system, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
            var def = SweepDefinition.Parse(SquaresKind.SpecJson(n: 500, units: 9));
            var region = Akka.Hosting.ActorRegistry.For(system).Get<CoordinatorRegionKey>();
            await Akka.Actor.Futures.Ask<Protocol.SweepCommandReply>(region, new Protocol.StartSweep(def.Id, def.NormalJson, false), TimeSpan.FromSeconds(30));

            using var http = new HttpClient();
            string text = "";
            var deadline = DateTime.UtcNow.AddSeconds(30);
            // 9 ranges + 1 reduce unit = 10 persisted completions for this sweep.
            while (!Regex.IsMatch(text, $@"expressivity_units_completed\w*\{{[^}}]*sweep=""{def.Id}""[^}}]*\}} 10\b"))
            {
                Assert.True(DateTime.UtcNow < deadline, $"metric not exported; last scrape:\n{text}");
                await Task.Delay(200);
                text = await http.GetStringAsync($"http://127.0.0.1:{port}/metrics");
            }

            Assert.Contains("expressivity_worker_units_run", text);
        }
        finally
        {
            await host.StopAsync();
        }
    }
}
