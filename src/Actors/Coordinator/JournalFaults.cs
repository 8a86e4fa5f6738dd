using System.Collections.Concurrent;
using Akka.Actor;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Actors.Coordinator;

/// <summary>
/// The journal faults of this node's sweeps, by sweep id. Akka stops a persistent actor whose write
/// failed, so the fault must outlive the coordinator that saw it: its next incarnation (sharding starts
/// one on the next message) reads it here and reports the sweep failed with that cause until the sweep
/// is started again, and <c>seed run</c> names it if the coordinator can not answer at all.
/// </summary>
public sealed class JournalFaults : IExtension
{
    private readonly ConcurrentDictionary<string, (StorageFaultException Fault, int Count)> _faults = new(StringComparer.Ordinal);

    /// <summary>The faults of <paramref name="system"/>.</summary>
    public static JournalFaults Of(ActorSystem system) => system.WithExtension<JournalFaults, Provider>();

    /// <summary>Remembers the first fault of <paramref name="sweepId"/> (later ones are usually the same fault seen again) and counts every one.</summary>
    public StorageFaultException Record(string sweepId, StorageFaultException fault) =>
        _faults.AddOrUpdate(sweepId, (fault, 1), (_, old) => (old.Fault, old.Count + 1)).Fault;

    /// <summary>The recorded fault, or null.</summary>
    public StorageFaultException? Find(string sweepId) => _faults.TryGetValue(sweepId, out var m) ? m.Fault : null;

    /// <summary>How many journal faults <paramref name="sweepId"/> has met since it was last started (0: none).</summary>
    public int Count(string sweepId) => _faults.TryGetValue(sweepId, out var m) ? m.Count : 0;

    /// <summary>Forgets the fault: the sweep was started again and will find out whether the journal works.</summary>
    public void Clear(string sweepId) => _faults.TryRemove(sweepId, out _);

    /// <summary>Akka's extension id.</summary>
    public sealed class Provider : ExtensionIdProvider<JournalFaults>
    {
        /// <inheritdoc />
        public override JournalFaults CreateExtension(ExtendedActorSystem system) => new();
    }
}
