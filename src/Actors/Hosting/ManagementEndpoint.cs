using System.Net;
using Akka.Actor;
using Akka.Http.Dsl;
using Akka.Management.Cluster.Bootstrap;
using Akka.Management.Dsl;
using Ceen.Httpd;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Expressivity.Actors.Hosting;

/// <summary>
/// The management HTTP endpoint (<c>Node:Management</c>): the health routes and, under cluster bootstrap,
/// Akka.Management's bootstrap routes, then bootstrap itself. Akka.Management's own listener cannot be used
/// here: Akka.Http.Shim 1.5.73 was built against Ceen.Httpd 0.9.9, whose <c>ListenAsync(IPEndPoint, ...)</c>
/// is gone from 0.9.10, the only version served, so binding fails with MissingMethodException. This service
/// binds the same router (<see cref="AkkaRouter"/>) through 0.9.10's <c>ListenAsync(EndPoint, ...)</c>.
/// </summary>
public sealed class ManagementEndpoint(ActorSystem system, NodeOptions node, HealthCheckService checks, ILogger<ManagementEndpoint> log) : IHostedService
{
    private readonly CancellationTokenSource _stop = new();
    private Task? _listening;

    /// <summary>The URI other nodes reach this endpoint at (bootstrap's self contact point).</summary>
    public Uri PublicUri => new($"http://{node.ManagementPublicHostname}:{node.Management.Port}/");

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var management = node.Management;
        List<(string, HttpModuleBase)> routes = [.. HealthRoutes.For(checks)];
        // Routes() also tells bootstrap its own contact point, which Start() waits for.
        if (node.UsesBootstrap) routes.AddRange(ClusterBootstrap.Get(system).Routes(ManagementRouteProviderSettings.Create(PublicUri, readOnly: true)));
        var address = management.Host is "localhost" ? IPAddress.Loopback : IPAddress.Parse(management.Host);
        var config = new ServerConfig { Router = new AkkaRouter(system, routes) };
        _listening = HttpServer.ListenAsync(new IPEndPoint(address, management.Port), false, config, _stop.Token);
        // A bind failure surfaces at once; anything later is logged when the listener ends.
        await Task.WhenAny(_listening, Task.Delay(50, cancellationToken));
        if (_listening.IsFaulted) throw new ArgumentException($"Node:Management: cannot listen on {management.Host}:{management.Port}: {_listening.Exception!.GetBaseException().Message}");
        log.LogInformation("management endpoint on {Host}:{Port} (advertised {Uri}), routes {Routes}", management.Host, management.Port, PublicUri, string.Join(", ", routes.Select(r => r.Item1)));
        if (node.UsesBootstrap) await ClusterBootstrap.Get(system).Start();
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stop.CancelAsync();
        if (_listening is not null) await Task.WhenAny(_listening, Task.Delay(TimeSpan.FromSeconds(5), cancellationToken));
    }
}
