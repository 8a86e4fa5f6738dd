using Akka.Actor;
using Akka.Hosting;
using Expressivity.Actors.Commands;
using Expressivity.Actors.Coordinator;
using Expressivity.Actors.Hosting;
using Expressivity.Actors.Protocol;
using Expressivity.Actors.Registry;
using ClusterState = Akka.Cluster.Cluster;

namespace Expressivity.Dashboard;

/// <summary>Asks the node what the page needs: the cluster's members, the registry's sweeps and each sweep's status.</summary>
public sealed class SnapshotCollector(ActorSystem system, ProgressHistory history, bool actionsEnabled)
{
    /// <summary>Most sweeps shown (the newest); older ones stay reachable through the command host.</summary>
    public const int MaxSweeps = 50;

    private static readonly TimeSpan AskTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Takes one snapshot; a sweep or registry that does not answer is reported in <see cref="DashboardSnapshot.Error"/>, not thrown.</summary>
    public async Task<DashboardSnapshot> Take(CancellationToken cancel)
    {
        var now = DateTime.UtcNow;
        var cluster = ClusterState.Get(system);
        var state = cluster.State;
        var members = state.Members.Select(m => new MemberView(
            m.Address.ToString(), m.Roles.OrderBy(r => r, StringComparer.Ordinal).ToList(), m.Status.ToString().ToLowerInvariant(),
            !state.Unreachable.Contains(m), state.Leader == m.Address)).ToList();
        var sweeps = new List<SweepView>();
        string? error = null;
        try
        {
            var registry = ActorRegistry.For(system);
            var list = await registry.Get<SweepRegistryKey>().Ask<SweepList>(ListSweeps.Instance, AskTimeout, cancel);
            var region = registry.Get<CoordinatorRegionKey>();
            foreach (var entry in list.Sweeps.TakeLast(MaxSweeps).Reverse())
            {
                var s = await region.Ask<SweepStatus>(new GetSweepStatus(entry.SweepId), AskTimeout, cancel);
                history.Record(s.SweepId, s.Stage, s.StageUnitsDone, s.StageUnitsTotal, now);
                sweeps.Add(View(s, history.Of(s.SweepId)));
            }
        }
        catch (AskTimeoutException)
        {
            error = "the sweep registry or a coordinator did not answer within 5 s; showing what answered";
        }

        return new DashboardSnapshot(now, cluster.SelfAddress.ToString(), actionsEnabled, members, sweeps, error);
    }

    /// <summary>The page's view of one status.</summary>
    public static SweepView View(SweepStatus s, IReadOnlyList<ProgressPoint> history) => new(
        s.SweepId, s.Kind, s.State, s.Stage, s.StageUnitsDone, s.StageUnitsTotal, s.UnitsDoneAllStages, s.InFlight,
        Finite(s.UnitsPerSecond), s.EtaSeconds is { } e && double.IsFinite(e) ? e : null,
        s.EtaSeconds is { } eta ? ProgressText.FormatDuration(eta) : "--",
        s.Workers.Select(w => new WorkerView(w.WorkerId, w.UnitsDone, w.InFlight, Finite(w.UnitsPerSecond), Finite(w.SecondsSinceSeen),
            w.InFlight > 0 && w.SecondsSinceSeen > SweepWatchView.StallAfter.TotalSeconds)).ToList(),
        s.Error,
        s.ResultRows is null ? null : ProgressText.Rows(s).Select(r => new ResultRow(r.Key, r.Value)).ToList(),
        history,
        s.Validation);

    // JSON has no NaN or infinity; a rate that is not a number reads as 0.
    private static double Finite(double x) => double.IsFinite(x) ? x : 0;
}
