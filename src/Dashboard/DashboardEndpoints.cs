using Akka.Actor;
using Akka.Hosting;
using Expressivity.Actors.Hosting;
using Expressivity.Actors.Protocol;
using Expressivity.Domain.Sweeps;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Expressivity.Dashboard;

/// <summary>
/// The dashboard's routes. Read: the page, <c>/api/snapshot</c>, <c>/api/events</c> (server-sent
/// events), and per sweep <c>result.csv</c>, <c>result.json</c>, <c>progress.svg</c>, <c>progress.png</c>.
/// Act (shared secret): <c>POST /api/sweeps</c> with a spec, <c>POST /api/sweeps/{id}/pause|resume|cancel</c>.
/// </summary>
public static class DashboardEndpoints
{
    private static readonly TimeSpan AskTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Maps every route onto <paramref name="app"/>.</summary>
    public static void MapDashboard(this IEndpointRouteBuilder app, ActorSystem system, DashboardFeed feed, ProgressHistory history, ActionGate gate, CancellationToken stopping)
    {
        var region = ActorRegistry.For(system).Get<CoordinatorRegionKey>();
        foreach (var name in StaticAssets.Names)
        {
            var (bytes, type) = StaticAssets.Get(name);
            app.MapGet(name == "index.html" ? "/" : "/" + name, () => Results.Bytes(bytes, type));
        }

        app.MapGet("/api/snapshot", () => Results.Text(feed.Latest, "application/json"));
        app.MapGet("/api/events", (HttpContext context) => Events(context, feed, stopping));

        app.MapGet("/api/sweeps/{id}/result.{format}", async (string id, string format, CancellationToken cancel) =>
        {
            var status = await region.Ask<SweepStatus>(new GetSweepStatus(id), AskTimeout, cancel);
            if (status.State == "unknown") return Results.NotFound($"no sweep {id}");
            return format switch
            {
                "csv" => Download(ResultFiles.Csv(status), "text/csv; charset=utf-8", ResultFiles.FileName(id, ".csv")),
                "json" => Download(ResultFiles.Json(status), "application/json", ResultFiles.FileName(id, ".json")),
                _ => Results.NotFound("result formats: csv, json"),
            };
        });

        app.MapGet("/api/sweeps/{id}/progress.{format}", (string id, string format) => format switch
        {
            "svg" => Download(ProgressPlot.Svg(id, history.Of(id)), "image/svg+xml", ResultFiles.FileName(id, "-progress.svg")),
            "png" => Results.File(ProgressPlot.Png(id, history.Of(id)), "image/png", ResultFiles.FileName(id, "-progress.png")),
            _ => Results.NotFound("plot formats: svg, png"),
        });

        app.MapPost("/api/sweeps/{id}/{action}", async (string id, string action, HttpContext context) =>
        {
            if (gate.Refusal(context.Request.Headers[ActionGate.Header]) is { } refused) return Refuse(refused);
            object? message = action switch
            {
                "pause" => new PauseSweep(id),
                "resume" => new ResumeSweep(id),
                "cancel" => new CancelSweep(id),
                _ => null,
            };
            if (message is null) return Results.Json(new ActionReply(false, "actions: pause, resume, cancel", id), statusCode: 404);
            var reply = await region.Ask<SweepCommandReply>(message, AskTimeout, context.RequestAborted);
            return Results.Json(new ActionReply(reply.Ok, reply.Message, id), statusCode: reply.Ok ? 200 : 409);
        });

        app.MapPost("/api/sweeps", async (HttpContext context) =>
        {
            if (gate.Refusal(context.Request.Headers[ActionGate.Header]) is { } refused) return Refuse(refused);
            using var body = new StreamReader(context.Request.Body);
            var text = await body.ReadToEndAsync(context.RequestAborted);
            SweepDefinition definition;
            try
            {
                definition = SweepDefinition.Parse(text);
                ResourceLimits.Default.Check(definition);
            }
            catch (Exception e) when (e is SpecException or ArgumentException)
            {
                return Results.Json(new ActionReply(false, e.Message, null), statusCode: 400);
            }

            var reply = await region.Ask<SweepCommandReply>(new StartSweep(definition.Id, definition.NormalJson, false), AskTimeout, context.RequestAborted);
            return Results.Json(new ActionReply(reply.Ok, reply.Message, definition.Id), statusCode: reply.Ok ? 200 : 409);
        });
    }

    private static IResult Refuse((int Status, string Reason) refused) => Results.Json(new ActionReply(false, refused.Reason, null), statusCode: refused.Status);

    private static IResult Download(string text, string type, string fileName) =>
        Results.File(System.Text.Encoding.UTF8.GetBytes(text), type, fileName);

    // Server-sent events: one "data:" line of snapshot JSON per update, until the page or the server goes.
    private static async Task Events(HttpContext context, DashboardFeed feed, CancellationToken stopping)
    {
        context.Response.Headers.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        using var both = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        using var subscription = feed.Subscribe();
        try
        {
            await foreach (var json in subscription.Reader.ReadAllAsync(both.Token))
            {
                await context.Response.WriteAsync($"data: {json}\n\n", both.Token);
                await context.Response.Body.FlushAsync(both.Token);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>The answer to an action: whether it was done, what the coordinator said, which sweep.</summary>
    public sealed record ActionReply(bool Ok, string Message, string? Sweep);
}
