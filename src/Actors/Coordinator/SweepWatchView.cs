using System.Globalization;
using Akka.Actor;
using Akka.Cluster;
using Expressivity.Actors.Commands;
using Expressivity.Actors.Hosting;
using Expressivity.Actors.Protocol;

namespace Expressivity.Actors.Coordinator;

/// <summary>
/// <c>sweep watch</c>: frames from the coordinator's status and this node's view of the cluster. Honest about
/// what it can not see: only workers that are members now (the latest process on each host:port), no rate or
/// ETA once the sweep is final, a storage fault as the coordinator reports it, and, when no answer comes,
/// since when the coordinator has been unreachable instead of a hang.
/// </summary>
public static class SweepWatchView
{
    /// <summary>A worker with units in flight that has not been heard from for this long is flagged.</summary>
    public static readonly TimeSpan StallAfter = TimeSpan.FromSeconds(10);

    /// <summary>How long one frame waits for the coordinator before it says it is unreachable.</summary>
    public static readonly TimeSpan AskTimeout = TimeSpan.FromSeconds(5);

    /// <summary>What the watching node sees of the cluster.</summary>
    /// <param name="MemberEndpoints">host:port of every member that is neither down, removed nor unreachable.</param>
    /// <param name="CoordinatorUp">whether some coordinator-role member is up and reachable.</param>
    public sealed record ClusterView(IReadOnlySet<string> MemberEndpoints, bool CoordinatorUp);

    /// <summary>The view of <paramref name="state"/>.</summary>
    public static ClusterView ViewOf(ClusterEvent.CurrentClusterState state)
    {
        var unreachable = state.Unreachable.Select(m => m.Address).ToHashSet();
        var live = state.Members.Where(m => m.Status is not (MemberStatus.Down or MemberStatus.Removed) && !unreachable.Contains(m.Address)).ToList();
        return new ClusterView(
            live.Select(m => $"{m.Address.Host}:{m.Address.Port}").ToHashSet(StringComparer.Ordinal),
            live.Any(m => m.Status == MemberStatus.Up && m.HasRole(ClusterRoles.Coordinator)));
    }

    /// <summary>
    /// Writes a frame every <paramref name="interval"/> until the sweep is final (exit 0 completed, 1 otherwise),
    /// the id is unknown (1), or <paramref name="cancel"/> (the client went away, 0).
    /// </summary>
    /// <param name="ask">the coordinator's status; an <see cref="AskTimeoutException"/> when it does not answer.</param>
    /// <param name="view">the cluster as this node sees it now.</param>
    /// <param name="output">where frames go.</param>
    /// <param name="interval">the pause between frames.</param>
    /// <param name="cancel">ends the watch.</param>
    public static async Task<int> Follow(Func<CancellationToken, Task<SweepStatus>> ask, Func<ClusterView> view, TextWriter output, TimeSpan interval, CancellationToken cancel)
    {
        DateTime? unansweredSince = null;
        try
        {
            while (true)
            {
                var asked = DateTime.UtcNow;
                SweepStatus? status = null;
                try
                {
                    status = await ask(cancel);
                    unansweredSince = null;
                }
                catch (AskTimeoutException)
                {
                    unansweredSince ??= asked;
                }

                var cluster = view();
                IReadOnlyList<string> lines = status is null ? [Unreachable(unansweredSince!.Value, DateTime.UtcNow, cluster.CoordinatorUp)]
                    : status.State == "unknown" ? [NoSuchSweep(status.SweepId)]
                    : Lines(status, cluster.MemberEndpoints, cluster.CoordinatorUp);
                foreach (var line in lines) await output.WriteLineAsync(line);
                await output.FlushAsync(cancel);
                if (status is not null && (SweepPhase.IsFinal(status.State) || status.State == "unknown"))
                    return status.State == SweepPhase.Completed ? 0 : 1;
                await Task.Delay(interval, cancel);
            }
        }
        catch (OperationCanceledException)
        {
            return 0;
        }
    }

    /// <summary>The frame's lines.</summary>
    /// <param name="status">the coordinator's answer.</param>
    /// <param name="memberEndpoints">host:port of every cluster member that is not down, removed or unreachable.</param>
    /// <param name="coordinatorUp">whether some coordinator-role member is up and reachable.</param>
    public static IReadOnlyList<string> Lines(SweepStatus status, IReadOnlySet<string> memberEndpoints, bool coordinatorUp)
    {
        var final = SweepPhase.IsFinal(status.State);
        var lines = new List<string> { $"{ProgressText.Bar(status.StageUnitsDone, status.StageUnitsTotal)} {ProgressText.Describe(status)}" };
        if (status.Error is not null)
        {
            // A journal fault still being retried leaves the state running: nothing is leased until the database answers.
            lines.Add(final ? $"  error: {status.Error}" : $"  storage fault: {status.Error}; nothing is leased until the coordinator's retry finds the database again");
        }

        if (!coordinatorUp) lines.Add("  no coordinator-role node is up and reachable: units are not being leased");
        if (final) return lines;
        foreach (var w in LiveWorkers(status.Workers, memberEndpoints))
        {
            var stalled = w.InFlight > 0 && w.SecondsSinceSeen > StallAfter.TotalSeconds ? $"  STALLED: not heard from for {w.SecondsSinceSeen:0} s" : "";
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"  {w.WorkerId}: {w.UnitsDone} done, {w.InFlight} in flight, {w.UnitsPerSecond:0.00} units/s{stalled}"));
        }

        return lines;
    }

    /// <summary>
    /// Workers whose host:port is a member now; where one host:port had several processes (a restarted worker),
    /// only the one heard from last. Worker ids are <c>host:port/pid</c>.
    /// </summary>
    public static IReadOnlyList<WorkerThroughput> LiveWorkers(IEnumerable<WorkerThroughput> workers, IReadOnlySet<string> memberEndpoints) =>
        workers.GroupBy(w => Endpoint(w.WorkerId))
            .Where(g => memberEndpoints.Contains(g.Key))
            .Select(g => g.MinBy(w => w.SecondsSinceSeen)!)
            .OrderBy(w => w.WorkerId, StringComparer.Ordinal)
            .ToList();

    /// <summary>The line of a frame whose question was not answered: since when, and the likely reason.</summary>
    public static string Unreachable(DateTime since, DateTime now, bool coordinatorUp)
    {
        var head = string.Create(CultureInfo.InvariantCulture, $"coordinator unreachable since {since:HH:mm:ss} UTC ({(now - since).TotalSeconds:0} s)");
        return coordinatorUp
            ? $"{head}: it is moving to another node or its journal database is unreachable ('log peek' on a coordinator-role node says which)"
            : $"{head}: no coordinator-role node is up and reachable";
    }

    /// <summary>The answer for an id no sweep has.</summary>
    public static string NoSuchSweep(string id) => $"error: no such sweep '{id}' (see 'sweep list')";

    private static string Endpoint(string workerId) => workerId.Split('/')[0];
}
