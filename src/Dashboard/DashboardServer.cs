using System.Net;
using Akka.Actor;
using Expressivity.Actors.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Expressivity.Dashboard;

/// <summary>
/// The running dashboard: a Kestrel server beside the node's actor system, on loopback unless
/// configured otherwise. Dispose to stop it (open pages are closed first).
/// </summary>
public sealed class DashboardServer : IAsyncDisposable
{
    /// <summary>Largest request body accepted (a spec file is small).</summary>
    public const long MaxRequestBytes = 1 << 20;

    private readonly WebApplication _app;
    private readonly DashboardFeed _feed;
    private readonly CancellationTokenSource _stopping;

    private DashboardServer(WebApplication app, DashboardFeed feed, CancellationTokenSource stopping, Uri address)
    {
        _app = app;
        _feed = feed;
        _stopping = stopping;
        Address = address;
    }

    /// <summary>Where the page is, e.g. http://127.0.0.1:8080/.</summary>
    public Uri Address { get; }

    /// <summary>Starts the dashboard for <paramref name="system"/>; <paramref name="secret"/> null or empty leaves it read-only.</summary>
    public static async Task<DashboardServer> Start(ActorSystem system, DashboardOptions options, string? secret, CancellationToken cancel)
    {
        options.Validate();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        // stdout carries results only: the server's own warnings go to stderr.
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var ip = options.Host == "localhost" ? IPAddress.Loopback : IPAddress.Parse(options.Host);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(ip, options.Port);
            k.Limits.MaxRequestBodySize = MaxRequestBytes;
            k.AddServerHeader = false;
        });
        var app = builder.Build();
        var history = new ProgressHistory();
        var gate = new ActionGate(secret);
        var feed = new DashboardFeed(new SnapshotCollector(system, history, gate.Enabled), options.Interval, app.Logger);
        var stopping = new CancellationTokenSource();
        app.Use(async (context, next) =>
        {
            // The page uses only its own script and style: no inline code, nothing from elsewhere.
            context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'";
            context.Response.Headers.XContentTypeOptions = "nosniff";
            await next(context);
        });
        app.MapDashboard(system, feed, history, gate, stopping.Token);
        await feed.Start();
        await app.StartAsync(cancel);
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new DashboardServer(app, feed, stopping, new Uri(bound.EndsWith('/') ? bound : bound + "/"));
    }

    /// <summary>
    /// For <c>seed serve</c>: starts the dashboard when <see cref="DashboardOptions.Enabled"/>, with the
    /// command host's secret, and says where on stderr.
    /// </summary>
    public static async Task<IAsyncDisposable?> Attach(ActorSystem system, NodeSettings settings, CancellationToken cancel)
    {
        if (!settings.Dashboard.Enabled) return null;
        var server = await Start(system, settings.Dashboard, settings.CommandHost.Secret, cancel);
        Console.Error.WriteLine($"dashboard: {server.Address} ({(string.IsNullOrEmpty(settings.CommandHost.Secret) ? "read-only: no secret set" : "actions need the shared secret")})");
        return server;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _feed.DisposeAsync();
        using (var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5))) await _app.StopAsync(grace.Token);
        await _app.DisposeAsync();
        _stopping.Dispose();
    }
}
