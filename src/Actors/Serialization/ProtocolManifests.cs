using Expressivity.Actors.Coordinator;
using Expressivity.Actors.Protocol;

namespace Expressivity.Actors.Serialization;

/// <summary>
/// The closed table of string manifests. A manifest is a short stable name, never a CLR type name;
/// anything not in this table is refused on the way in. Renaming a type keeps its manifest.
/// </summary>
public static class ProtocolManifests
{
    private static readonly (string Manifest, Type Type)[] Table =
    [
        ("start", typeof(StartSweep)),
        ("request-work", typeof(RequestWork)),
        ("unit-done", typeof(ReportUnitDone)),
        ("unit-failed", typeof(ReportUnitFailed)),
        ("heartbeat", typeof(WorkerHeartbeat)),
        ("release", typeof(ReleaseUnits)),
        ("get-status", typeof(GetSweepStatus)),
        ("pause", typeof(PauseSweep)),
        ("resume", typeof(ResumeSweep)),
        ("cancel", typeof(CancelSweep)),
        ("grant", typeof(WorkGrant)),
        ("no-work", typeof(NoWork)),
        ("ack", typeof(UnitAck)),
        ("command-reply", typeof(SweepCommandReply)),
        ("worker-throughput", typeof(WorkerThroughput)),
        ("status", typeof(SweepStatus)),
        ("ev.defined", typeof(SweepDefined)),
        ("ev.stage", typeof(StageStarted)),
        ("ev.completed", typeof(UnitCompleted)),
        ("ev.split", typeof(UnitSplit)),
        ("ev.reset", typeof(SweepReset)),
        ("ev.paused", typeof(SweepPaused)),
        ("ev.resumed", typeof(SweepResumed)),
        ("ev.cancelled", typeof(SweepCancelled)),
        ("ev.failed", typeof(SweepFailed)),
        ("ev.finished", typeof(SweepFinished)),
        ("ev.revoked", typeof(UnitsRevoked)),
        ("ev.retried", typeof(SweepRetried)),
        ("snap.coordinator", typeof(CoordinatorSnapshot)),
        ("announce", typeof(SweepAnnounced)),
        ("list-sweeps", typeof(ListSweeps)),
        ("sweep-entry", typeof(SweepEntry)),
        ("sweep-list", typeof(SweepList)),
        ("ev.registry", typeof(SweepStateRecorded)),
        ("get-worker-status", typeof(GetWorkerStatus)),
        ("running-unit", typeof(RunningUnit)),
        ("worker-status", typeof(WorkerStatus)),
        ("replica-task", typeof(ReplicaTask)),
        ("replica-grant", typeof(ReplicaGrant)),
        ("replica-done", typeof(ReportReplicaDone)),
        ("replica-ack", typeof(ReplicaAck)),
        ("validation-summary", typeof(ValidationSummary)),
        ("ev.replica-compared", typeof(ReplicaCompared)),
        ("ev.dispute-resolved", typeof(DisputeResolved)),
    ];

    private static readonly Dictionary<Type, string> ByType = Table.ToDictionary(t => t.Type, t => t.Manifest);
    private static readonly Dictionary<string, Type> ByManifest = Table.ToDictionary(t => t.Manifest, t => t.Type, StringComparer.Ordinal);

    /// <summary>Every (manifest, type) pair.</summary>
    public static IReadOnlyList<(string Manifest, Type Type)> All => Table;

    /// <summary>The manifest of a protocol type; throws for a type missing from the table.</summary>
    public static string ManifestOf(Type type) =>
        ByType.TryGetValue(type, out var m) ? m : throw new ArgumentException($"{type.Name} has no manifest in ProtocolManifests");

    /// <summary>The type of a manifest read from the wire; throws for an unknown one.</summary>
    public static Type TypeOf(string manifest) =>
        ByManifest.TryGetValue(manifest, out var t) ? t : throw new ArgumentException($"unknown manifest '{manifest}'");
}
