using Akka.Actor;
using Akka.Persistence;
using Expressivity.Actors.Protocol;

namespace Expressivity.Actors.Registry;

/// <summary>
/// The cluster-wide list of sweeps and their latest state (a persistent cluster singleton). Coordinators
/// announce themselves on every change and after recovery, so the registry is eventually exact; workers
/// read it to find running sweeps, and operators to list them.
/// </summary>
public sealed class SweepRegistry : ReceivePersistentActor
{
    private readonly Dictionary<string, SweepEntry> _sweeps = new(StringComparer.Ordinal);

    /// <summary>Creates the registry.</summary>
    public SweepRegistry()
    {
        Recover<SweepStateRecorded>(Apply);
        Command<SweepAnnounced>(a =>
        {
            if (_sweeps.TryGetValue(a.SweepId, out var known) && known.State == a.State) return;
            Persist(new SweepStateRecorded(a.SweepId, a.Kind, a.State, DateTime.UtcNow), Apply);
        });
        Command<ListSweeps>(_ => Sender.Tell(new SweepList(_sweeps.Values.OrderBy(s => s.UpdatedUtc).ToList())));
    }

    /// <inheritdoc />
    public override string PersistenceId => "sweep-registry";

    private void Apply(SweepStateRecorded e) =>
        _sweeps[e.SweepId] = new SweepEntry(e.SweepId, e.Kind, e.State, e.UpdatedUtc);
}
