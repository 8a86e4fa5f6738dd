using Akka;
using Akka.Actor;

namespace Expressivity.Actors.Workers;

/// <summary>Asks the local worker to take no more units and answer <see cref="WorkerDrained"/> once its running units are finished and acknowledged.</summary>
public sealed class DrainWorker
{
    /// <summary>The single instance.</summary>
    public static readonly DrainWorker Instance = new();
}

/// <summary>Asks the local worker to hand its running units back to their coordinators and stop them; answered with <see cref="WorkerDrained"/>.</summary>
public sealed class HandBackUnits
{
    /// <summary>The single instance.</summary>
    public static readonly HandBackUnits Instance = new();
}

/// <summary>The worker holds no units any more: <paramref name="HandedBack"/> were returned unfinished.</summary>
public sealed record WorkerDrained(int HandedBack);

/// <summary>
/// Registers the drain with coordinated shutdown, before the cluster is left: a node leaving (SIGTERM,
/// <c>cluster leave</c>) finishes its running units within <see cref="WorkerOptions.DrainTime"/> and hands
/// the rest back, so nothing it holds waits for a lease to expire. A downed node skips it (nobody listens).
/// </summary>
public static class WorkerDrain
{
    /// <summary>Adds the drain task for <paramref name="worker"/> to <paramref name="system"/>'s coordinated shutdown.</summary>
    public static void Register(ActorSystem system, IActorRef worker, TimeSpan drainTime)
    {
        var shutdown = CoordinatedShutdown.Get(system);
        shutdown.AddTask(CoordinatedShutdown.PhaseBeforeClusterShutdown, "drain-worker", async () =>
        {
            if (shutdown.ShutdownReason is CoordinatedShutdown.ClusterDowningReason) return Done.Instance;
            try
            {
                await worker.Ask<WorkerDrained>(DrainWorker.Instance, drainTime);
            }
            catch (AskTimeoutException)
            {
                await worker.Ask<WorkerDrained>(HandBackUnits.Instance, TimeSpan.FromSeconds(5));
            }

            return Done.Instance;
        });
    }
}
