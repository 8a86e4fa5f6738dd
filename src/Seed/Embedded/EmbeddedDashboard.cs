using Akka.Actor;
using Expressivity.Actors.Hosting;
using Expressivity.Dashboard;

namespace Expressivity.Seed.Embedded;

/// <summary>
/// The web dashboard of <c>seed run --dashboard &lt;port&gt;</c>: started once the embedded node is up,
/// kept after the sweep ends so its result can be read, until Ctrl+C. Without the option it does nothing.
/// </summary>
public sealed class EmbeddedDashboard : IAsyncDisposable
{
    /// <summary>Environment variables read for the shared secret, first set wins: the node's name, then the client's.</summary>
    public static readonly string[] SecretVariables = ["EXPRESSIVITY_CommandHost__Secret", "EXPRESSIVITY_SECRET"];

    private readonly DashboardServer? _server;

    private EmbeddedDashboard(DashboardServer? server) => _server = server;

    /// <summary>Starts the dashboard when <see cref="RunArguments.DashboardPort"/> is set.</summary>
    public static async Task<EmbeddedDashboard> Start(ActorSystem system, RunArguments args, CancellationToken cancel)
    {
        if (args.DashboardPort is not { } port) return new EmbeddedDashboard(null);
        var secret = SecretVariables.Select(Environment.GetEnvironmentVariable).FirstOrDefault(v => !string.IsNullOrEmpty(v));
        var options = new DashboardOptions { Enabled = true, Host = args.DashboardHost, Port = port };
        var server = await DashboardServer.Start(system, options, secret, cancel);
        Console.Error.WriteLine($"dashboard: {server.Address} ({(secret is null ? "read-only: no secret set" : "actions need the shared secret")})");
        return new EmbeddedDashboard(server);
    }

    /// <summary>After the result is printed: keeps serving until <paramref name="cancel"/> (Ctrl+C), when there is a dashboard.</summary>
    public async Task Linger(CancellationToken cancel)
    {
        if (_server is null) return;
        Console.Error.WriteLine($"dashboard: still serving the result at {_server.Address}; Ctrl+C to exit");
        try
        {
            await Task.Delay(Timeout.Infinite, cancel);
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }
}
