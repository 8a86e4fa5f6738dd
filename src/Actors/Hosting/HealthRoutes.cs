using System.Text.Json;
using Akka.Http.Dsl;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Expressivity.Actors.Hosting;

/// <summary>
/// The host's health checks as management routes: GET <see cref="LivePath"/> runs the checks tagged
/// <see cref="NodeHealthChecks.LiveTag"/>, GET <see cref="ReadyPath"/> those tagged <see cref="NodeHealthChecks.ReadyTag"/>;
/// 200 when all are healthy, 503 otherwise, with a JSON body naming each check and its state.
/// </summary>
public static class HealthRoutes
{
    /// <summary>Liveness: the actor system runs.</summary>
    public const string LivePath = "/health/live";

    /// <summary>Readiness: an Up member (and, on coordinator nodes, storage reachable).</summary>
    public const string ReadyPath = "/health/ready";

    /// <summary>Both routes over <paramref name="checks"/>.</summary>
    public static (string, HttpModuleBase)[] For(HealthCheckService checks) =>
        [(LivePath, new Probe(checks, NodeHealthChecks.LiveTag)), (ReadyPath, new Probe(checks, NodeHealthChecks.ReadyTag))];

    private sealed class Probe(HealthCheckService checks, string tag) : HttpModuleBase
    {
        public override async Task<bool> HandleAsync(IAkkaHttpContext context)
        {
            var http = context.HttpContext;
            if (!string.Equals(http.Request.Method, "GET", StringComparison.OrdinalIgnoreCase)) return false;
            var report = await checks.CheckHealthAsync(r => r.Tags.Contains(tag));
            http.Response.StatusCode = report.Status == HealthStatus.Healthy ? Ceen.HttpStatusCode.OK : Ceen.HttpStatusCode.ServiceUnavailable;
            var body = new
            {
                status = report.Status.ToString(),
                checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
            };
            await http.Response.WriteAllJsonAsync(JsonSerializer.Serialize(body));
            return true;
        }
    }
}
