using System.Diagnostics;
using Akka.Actor;
using Akka.Hosting;
using Expressivity.Actors.Coordinator;
using Expressivity.Actors.Hosting;
using Expressivity.Actors.Protocol;
using Expressivity.Actors.Tests.Support;
using Expressivity.Actors.Workers;
using Expressivity.Domain.Sweeps;
using Microsoft.Extensions.DependencyInjection;

namespace Expressivity.Throughput;

/// <summary>
/// One measurement: a one-node cluster (all roles) on the given storage runs a squares sweep whose
/// stage 0 has <c>units</c> one-number units, so the time is spent persisting completions (and each
/// unit's partial-store row), not computing.
/// </summary>
public static class ThroughputRun
{
    /// <summary>Completions per second over stage 0 of a sweep with <paramref name="units"/> units.</summary>
    public static async Task<double> Measure(StorageOptions storage, int units, int capacity)
    {
        SweepCatalog.Register(SquaresKind.Instance);
        var node = new NodeOptions { Port = 0, Roles = [ClusterRoles.Seed, ClusterRoles.Coordinator, ClusterRoles.Worker] };
        using var host = SweepNodeHost.Build(node, storage, new CoordinatorOptions(), new WorkerOptions { Capacity = capacity });
        await host.StartAsync();
        try
        {
            var system = host.Services.GetRequiredService<ActorSystem>();
            await SweepNodeHost.WhenUp(system, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
            var region = ActorRegistry.For(system).Get<CoordinatorRegionKey>();
            // Warm-up: JIT, table creation, connection pools.
            await RunSweep(region, Math.Min(200, units), capacity);
            return await RunSweep(region, units, capacity);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private static async Task<double> RunSweep(IActorRef region, int units, int capacity)
    {
        var def = SweepDefinition.Parse(SquaresKind.SpecJson(n: units, units: units, splitAbove: int.MaxValue, delayMs: 0));
        var clock = Stopwatch.StartNew();
        var reply = await region.Ask<SweepCommandReply>(new StartSweep(def.Id, def.NormalJson, Fresh: true), TimeSpan.FromSeconds(30));
        if (!reply.Ok) throw new InvalidOperationException(reply.Message);
        double? stage0Seconds = null;
        while (true)
        {
            var s = await region.Ask<SweepStatus>(new GetSweepStatus(def.Id), TimeSpan.FromSeconds(30));
            if (stage0Seconds is null && s.UnitsDoneAllStages >= units) stage0Seconds = clock.Elapsed.TotalSeconds;
            if (SweepPhase.IsFinal(s.State))
            {
                // The exact total proves every unit was counted once; a wrong one voids the figure.
                if (s.State != SweepPhase.Completed || s.ResultJson?.Contains($"\"squares\":\"{SquaresKind.Expected(units)}\"", StringComparison.Ordinal) != true)
                    throw new InvalidOperationException($"sweep ended {s.State} with {s.ResultJson}");
                return units / (stage0Seconds ?? clock.Elapsed.TotalSeconds);
            }

            await Task.Delay(10);
        }
    }
}
