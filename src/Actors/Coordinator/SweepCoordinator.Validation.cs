using System.Globalization;
using System.Text.Json.Nodes;
using Akka.Actor;
using Akka.Event;
using Expressivity.Actors.Coordinator.Validation;
using Expressivity.Actors.Protocol;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Actors.Coordinator;

/// <summary>
/// Validation in the spirit of volunteer-computing quorums (docs/design/validation.md): a deterministic
/// pseudo-random fraction of completed units (<see cref="CoordinatorOptions.ValidateFraction"/>) is computed
/// again on a different worker and compared exactly (partial and stored digest). A mismatch makes both workers
/// suspect and sends the unit to a third worker (the coordinator itself when no other is there); the majority
/// wins, replacing the first result when it lost. A stage advances only when its checks are settled, and every
/// comparison and vote is journaled, so a restart keeps them and counts each unit once.
/// </summary>
public sealed partial class SweepCoordinator
{
    /// <summary>The worker id of replica runs the coordinator does itself.</summary>
    public const string LocalWorker = "coordinator";

    private readonly CancellationTokenSource _localRuns = new();
    private readonly Dictionary<string, int> _replicaFailures = new(StringComparer.Ordinal);
    private readonly HashSet<string> _persistingReplica = new(StringComparer.Ordinal);
    private ReplicaBook? _replicaBook;

    private ReplicaBook Replicas => _replicaBook ??= new ReplicaBook(_options.LeaseTime);

    private void ReceiveValidation() => Command<ReportReplicaDone>(ReplicaDone);

    /// <summary>True when the unit's completion must be checked by a second computation.</summary>
    private bool NeedsReplica(UnitRecord record) =>
        !record.Split && record.WorkerId is not null && ValidationSelection.Selected(_sweepId, record.UnitId, _options.ValidateFraction);

    /// <summary>True when every check of the current stage is done and no dispute is open: the stage may advance.</summary>
    private bool ValidationSettled() =>
        _state.StageRecords.All(r => _state.Validation.DisputeOf(r.UnitId) is null && (_state.Validation.IsChecked(r.UnitId) || !NeedsReplica(r)));

    /// <summary>Derives the open replica runs of the current stage from the journaled state (after recovery, retry or revocation).</summary>
    private void QueueValidation()
    {
        Replicas.Reset();
        foreach (var record in _state.StageRecords) QueueReplica(record);
        RunOrphans();
    }

    private void QueueReplica(UnitRecord record)
    {
        if (StageUnit(record.UnitId) is not { } unit) return;
        if (_state.Validation.DisputeOf(record.UnitId) is { } dispute)
            Replicas.Add(new ReplicaTask(unit, 2), [dispute.PrimaryWorker, dispute.ReplicaWorker]);
        else if (NeedsReplica(record) && !_state.Validation.IsChecked(record.UnitId))
            Replicas.Add(new ReplicaTask(unit, 1), [record.WorkerId!]);
    }

    /// <summary>A primary completion was persisted: queue its check when it is selected.</summary>
    private void PrimaryCompleted(string unitId)
    {
        if (_state.RecordOf(unitId) is not { } record) return;
        QueueReplica(record);
        RunOrphans();
    }

    private WorkUnit? StageUnit(string unitId) => _state.StageUnits.FirstOrDefault(u => u.Id == unitId);

    /// <summary>Leases replica runs first (they hold the stage's end); the rest of the capacity goes to units.</summary>
    private IReadOnlyList<ReplicaTask> TakeReplicas(RequestWork req, DateTime now)
    {
        var tasks = Replicas.Take(req.WorkerId, Math.Max(1, req.Capacity), now);
        if (tasks.Count > 0) Sender.Tell(new ReplicaGrant(_sweepId, _state.SpecJson, tasks));
        return tasks;
    }

    /// <summary>Replica runs no known worker may do (one worker only, or all of them already voted): the coordinator runs them.</summary>
    private void RunOrphans()
    {
        if (_definition is null || _workers.Count == 0 || _state.Phase != SweepPhase.Running || _journalFault is not null) return;
        foreach (var task in Replicas.Orphans(_workers.Keys))
        {
            Replicas.TakeLocal(task.Unit.Id, LocalWorker);
            var (definition, store, sweepId, cancel) = (_definition, _store, _sweepId, _localRuns.Token);
            _log.Info("Sweep {0}: no other worker for check {1} of unit {2}; the coordinator computes it", _sweepId, task.Round, task.Unit.Id);
            Task.Factory.StartNew(() => ReplicaRun.Execute(ReplicaRun.Kind, definition, sweepId, LocalWorker, task, store, cancel),
                cancel, TaskCreationOptions.LongRunning, TaskScheduler.Default).PipeTo(Self);
        }
    }

    private void ReplicaDone(ReportReplicaDone report)
    {
        if (report.WorkerId != LocalWorker)
        {
            Remember(report.WorkerId, Sender);
            Sender.Tell(new ReplicaAck(_sweepId, report.UnitId, report.Round));
        }

        var key = $"{report.UnitId}#{report.Round}";
        if (_journalFault is not null || _persistingReplica.Contains(key) || _state.Phase is not (SweepPhase.Running or SweepPhase.Paused)) return;
        if (report.Error is not null)
        {
            Replicas.Release(report.WorkerId, report.UnitId);
            var attempts = _replicaFailures[key] = _replicaFailures.GetValueOrDefault(key) + 1;
            _log.Warning("Sweep {0}: check {1} of unit {2} failed on {3} (attempt {4}): {5}", _sweepId, report.Round, report.UnitId, report.WorkerId, attempts, report.Error);
            if (attempts >= _options.MaxUnitAttempts)
                Persist(new SweepFailed($"validation: check {report.Round} of unit {report.UnitId} failed {attempts} times: {report.Error}"), e => { _state.Apply(e); Announce(); });
            return;
        }

        if (_state.RecordOf(report.UnitId) is not { } record || !Replicas.Complete(report.UnitId, report.Round)) return; // stale or duplicate
        _persistingReplica.Add(key);
        if (report.Round == 1) Compare(record, report, key);
        else Vote(record, report, key);
    }

    private void Compare(UnitRecord record, ReportReplicaDone report, string key)
    {
        var agreed = Same(record.Result, record.Stored, report);
        Persist(new ReplicaCompared(record.UnitId, record.WorkerId ?? "unknown", report.WorkerId, agreed, report.Result, report.Stored), e =>
        {
            _persistingReplica.Remove(key);
            _state.Apply(e);
            if (!agreed)
            {
                _log.Warning("Sweep {0}: validation mismatch on unit {1}: {2} reported {3}, {4} reported {5}; both workers are suspect, a third computation decides",
                    _sweepId, record.UnitId, e.PrimaryWorker, Describe(record.Result, record.Stored), e.ReplicaWorker, Describe(report.Result, report.Stored));
                QueueReplica(record);
                RunOrphans();
            }

            AfterValidationStep();
        });
    }

    private void Vote(UnitRecord record, ReportReplicaDone report, string key)
    {
        if (_state.Validation.DisputeOf(record.UnitId) is not { } dispute)
        {
            _persistingReplica.Remove(key);
            return;
        }

        var withPrimary = Same(record.Result, record.Stored, report);
        var withReplica = Same(dispute.ReplicaResult, dispute.ReplicaStored, report);
        if (!withPrimary && !withReplica)
        {
            var reason = $"validation: unit {record.UnitId} has three different results, no majority: {dispute.PrimaryWorker} {Describe(record.Result, record.Stored)}; "
                + $"{dispute.ReplicaWorker} {Describe(dispute.ReplicaResult, dispute.ReplicaStored)}; {report.WorkerId} {Describe(report.Result, report.Stored)}";
            Persist(new SweepFailed(reason), e =>
            {
                _persistingReplica.Remove(key);
                _state.Apply(e);
                Announce();
            });
            return;
        }

        var resolved = withPrimary
            ? new DisputeResolved(record.UnitId, report.WorkerId, true, record.Result, record.Stored, [dispute.ReplicaWorker])
            : new DisputeResolved(record.UnitId, report.WorkerId, false, report.Result, report.Stored, [dispute.PrimaryWorker]);
        Persist(resolved, e =>
        {
            _persistingReplica.Remove(key);
            _state.Apply(e);
            _log.Warning("Sweep {0}: unit {1} settled by {2}: the result of {3} stands; {4} outvoted",
                _sweepId, record.UnitId, report.WorkerId, withPrimary ? dispute.PrimaryWorker : dispute.ReplicaWorker, string.Join(", ", e.Outvoted));
            AfterValidationStep();
        });
    }

    private void AfterValidationStep()
    {
        if (_state.Phase == SweepPhase.Running && _state.StageDone && ValidationSettled()) Self.Tell(AdvanceStage.Instance);
    }

    private static bool Same(Partial result, PartialDigest? stored, ReportReplicaDone report) =>
        report.Children is not { Count: > 0 } && result.Equals(report.Result) && Equals(stored, report.Stored);

    private static string Describe(Partial result, PartialDigest? stored) =>
        $"[{result}]{(stored is null ? "" : string.Create(CultureInfo.InvariantCulture, $" stored {stored.Sha256[..Math.Min(12, stored.Sha256.Length)]} ({stored.Bytes} B)"))}";

    private ValidationSummary? Summary()
    {
        var v = _state.Validation;
        if (_options.ValidateFraction <= 0 && v.Checked == 0) return null;
        return new ValidationSummary(_options.ValidateFraction, _definition?.Kind.ReplicaRoute ?? "identical", v.Checked, v.Agreed, v.Mismatches, v.Resolved,
            Replicas.PendingCount + Replicas.LeasedCount, v.Suspects.ToList(), v.Outvoted.ToList());
    }

    /// <summary>The report's result with the validation counts added (<c>validation: {checked, agreed, mismatches, resolved}</c>).</summary>
    private static (string Json, IReadOnlyList<KeyValuePair<string, string>> Rows) WithValidation(SweepReport report, ValidationSummary v)
    {
        var json = (JsonObject)report.Result.DeepClone();
        json["validation"] = new JsonObject
        {
            ["fraction"] = v.Fraction,
            ["route"] = v.Route,
            ["checked"] = v.Checked.ToString(CultureInfo.InvariantCulture),
            ["agreed"] = v.Agreed.ToString(CultureInfo.InvariantCulture),
            ["mismatches"] = v.Mismatches.ToString(CultureInfo.InvariantCulture),
            ["resolved"] = v.Resolved.ToString(CultureInfo.InvariantCulture),
            ["suspects"] = new JsonArray(v.Suspects.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray()),
            ["outvoted"] = new JsonArray(v.Outvoted.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray()),
        };
        var rows = report.Rows.Append(new KeyValuePair<string, string>("validation", Commands.ProgressText.Validation(v))).ToList();
        return (json.ToJsonString(), rows);
    }
}
