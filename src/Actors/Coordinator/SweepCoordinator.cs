using Akka.Actor;
using Akka.Cluster.Sharding;
using Akka.Event;
using Akka.Hosting;
using Akka.Persistence;
using Expressivity.Actors.Metrics;
using Expressivity.Actors.Protocol;
using Expressivity.Actors.Registry;
using Expressivity.Actors.Storage;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Actors.Coordinator;

/// <summary>
/// One sweep's coordinator: a persistent, sharded entity that plans units stage by stage, leases them
/// to pulling workers, persists every completion before acknowledging it, and ignores duplicates by
/// unit id. State transitions live in <see cref="SweepState"/>; leases in <see cref="LeaseBook"/>.
/// Before it leases after recovery, plans a stage or finishes, it audits the partial store against the
/// digests in the journal (<see cref="PartialAudit"/>, off its thread) and revokes units whose stored
/// data is gone; before it reports completion it checks the kind's invariants (docs/design/integrity.md).
/// </summary>
public sealed partial class SweepCoordinator : ReceivePersistentActor, IWithTimers
{
    private const string ExpiryTimer = "lease-expiry";
    private const string AuditTimer = "audit-retry";
    private const string ClearTimer = "clear-retry";
    private static readonly TimeSpan MaxAuditBackoff = TimeSpan.FromSeconds(30);
    private readonly string _sweepId;
    private readonly IPartialStore _store;
    private readonly CoordinatorOptions _options;
    private readonly JournalLocation _journal;
    private readonly SweepState _state = new();
    private readonly LeaseBook _leases;
    private readonly ProgressMeter _meter;
    private readonly Dictionary<string, IActorRef> _workers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _failures = new(StringComparer.Ordinal);
    private readonly HashSet<string> _persisting = new(StringComparer.Ordinal);
    private readonly ILoggingAdapter _log = Context.GetLogger();
    private SweepDefinition? _definition;
    private SweepReport? _report;
    private int _sinceSnapshot;
    private bool _advancing;
    private bool _auditing; // leasing waits while an audit runs or waits to be retried
    private bool _clearing; // leasing and planning wait while a fresh start deletes the old partials
    private TimeSpan _clearBackoff = TimeSpan.FromSeconds(1);
    private long _auditedVersion = -1;
    private TimeSpan _auditBackoff = TimeSpan.FromSeconds(1);
    private string? _integrityProblem;

    /// <summary>Creates the coordinator of sweep <paramref name="sweepId"/>; <paramref name="journal"/> names the journal in fault reports.</summary>
    public SweepCoordinator(string sweepId, IPartialStore store, CoordinatorOptions options, JournalLocation? journal = null)
    {
        _sweepId = sweepId;
        _journal = journal ?? JournalLocation.Unknown;
        _store = store;
        _options = options;
        _leases = new LeaseBook(options.LeaseTime);
        _meter = new ProgressMeter(options.RateHalfLife);

        Recover<SnapshotOffer>(offer => _state.Apply((CoordinatorSnapshot)offer.Snapshot));
        Recover<IVersionedEvent>(_state.Apply);
        Recover<RecoveryCompleted>(_ => OnRecovered());

        Command<StartSweep>(Start);
        Command<RequestWork>(Lease);
        Command<ReportUnitDone>(Done);
        Command<ReportUnitFailed>(Failed);
        ReceiveValidation();
        Command<WorkerHeartbeat>(h =>
        {
            Remember(h.WorkerId, Sender);
            _meter.Seen(h.WorkerId, DateTime.UtcNow);
            if (_state.Phase is SweepPhase.Running or SweepPhase.Paused)
            {
                _leases.Extend(h.WorkerId, h.UnitIds.Where(_state.IsOutstanding), DateTime.UtcNow);
                Replicas.Extend(h.WorkerId, h.UnitIds, DateTime.UtcNow);
            }
        });
        Command<ReleaseUnits>(r =>
        {
            foreach (var unit in r.UnitIds)
            {
                _leases.Release(r.WorkerId, unit);
                Replicas.Release(r.WorkerId, unit);
            }
            _log.Info("Sweep {0}: leaving worker {1} handed back {2} unit(s)", _sweepId, r.WorkerId, r.UnitIds.Count);
        });
        Command<GetSweepStatus>(_ =>
        {
            Sender.Tell(Status());
            PassivateIfUnknown();
        });
        Command<PauseSweep>(_ => Transition(SweepPhase.Running, new SweepPaused(), "paused"));
        Command<ResumeSweep>(_ => Transition(SweepPhase.Paused, new SweepResumed(), "resumed"));
        Command<CancelSweep>(_ => Cancel());
        Command<Terminated>(t => WorkerLost(t.ActorRef));
        Command<ExpireLeases>(_ =>
        {
            var n = _leases.Expire(DateTime.UtcNow) + Replicas.Expire(DateTime.UtcNow);
            if (n > 0) _log.Warning("Sweep {0}: {1} lease(s) expired and were re-queued", _sweepId, n);
            RunOrphans();
            PublishMetrics();
        });
        Command<StopCoordinator>(_ => Context.Stop(Self));
        Command<RetryJournal>(_ => RetryAfterJournalFault());
        Command<AdvanceStage>(_ => Advance());
        Command<AuditDone>(AuditFinished);
        Command<RetryAudit>(_ => RunAudit());
        Command<PartialsCleared>(Cleared);
        Command<RetryClear>(_ => ClearPartials());
        Command<SaveSnapshotSuccess>(s => DeleteSnapshots(new SnapshotSelectionCriteria(s.Metadata.SequenceNr - 1)));
        Command<SaveSnapshotFailure>(f => _log.Warning("Sweep {0}: snapshot failed: {1}", _sweepId, f.Cause.Message));
        Command<DeleteSnapshotsSuccess>(_ => { });
        Command<DeleteSnapshotsFailure>(_ => { });
    }

    /// <inheritdoc />
    public override string PersistenceId => $"sweep-{_sweepId}";

    /// <inheritdoc />
    public ITimerScheduler Timers { get; set; } = null!;

    /// <inheritdoc />
    protected override void PreStart()
    {
        Timers.StartPeriodicTimer(ExpiryTimer, ExpireLeases.Instance, TimeSpan.FromSeconds(1));
        // Operators (and the fault tests) see where a sweep's coordinator lives after every move. The provider's
        // address, not Cluster.Get: a coordinator also runs in plain (non-cluster) systems, as in the journal tests.
        _log.Info("Sweep {0}: coordinator started on {1}", _sweepId, ((ExtendedActorSystem)Context.System).Provider.DefaultAddress);
        base.PreStart();
    }

    /// <inheritdoc />
    protected override void PostStop()
    {
        SweepMetrics.Forget(_sweepId);
        _localRuns.Cancel();
        base.PostStop();
    }

    private void PublishMetrics()
    {
        if (_state.SweepId is null) return;
        var s = Status();
        SweepMetrics.Publish(_sweepId, s.UnitsPerSecond, s.EtaSeconds, s.InFlight, s.StageUnitsDone, s.StageUnitsTotal, s.Workers.Select(w => (w.WorkerId, w.UnitsPerSecond)));
    }

    private void OnRecovered()
    {
        if (_state.SweepId is not null) _definition = SweepDefinition.Parse(_state.SpecJson);
        if (RecallJournalFault() || _state.SweepId is null) return;
        _leases.Reset(_state.Outstanding);
        QueueValidation();
        Announce();
        // A fresh start whose deletion of old partials may not have finished before a crash: delete again.
        if (_state.Epoch > 0 && _state.UnitsDoneAllStages == 0 && _state.Phase is SweepPhase.Running or SweepPhase.New)
        {
            StartClearing();
            return;
        }
        ContinueAfterRecovery();
    }

    private void ContinueAfterRecovery()
    {
        // The store may have lost data while no process held it (deleted, emptied, -wal removed): check first.
        if (_state.Phase is SweepPhase.Running or SweepPhase.Paused or SweepPhase.New && StartAudit()) return;
        // A crash between the last completion of a stage and the start of the next leaves a done stage.
        if (_state.Phase is SweepPhase.Running or SweepPhase.New && _state.StageDone) Advance();
    }

    private void Start(StartSweep cmd)
    {
        if (_journalFault is not null && ClearJournalFault(cmd)) return;
        if (_state.Phase is SweepPhase.Failed or SweepPhase.Cancelled && !cmd.Fresh)
        {
            Retry();
            return;
        }

        if (_state.Phase == SweepPhase.Paused && !cmd.Fresh)
        {
            Transition(SweepPhase.Paused, new SweepResumed(), "resumed");
            return;
        }

        if (_state.SweepId is not null && !cmd.Fresh)
        {
            Sender.Tell(new SweepCommandReply(_sweepId, true, _state.Phase == SweepPhase.Completed ? "already completed" : $"resumed ({_state.Phase})"));
            return;
        }

        SweepDefinition definition;
        try
        {
            definition = SweepDefinition.Parse(cmd.SpecJson);
        }
        catch (SpecException e)
        {
            Sender.Tell(new SweepCommandReply(_sweepId, false, e.Message));
            return;
        }

        if (definition.Id != _sweepId)
        {
            Sender.Tell(new SweepCommandReply(_sweepId, false, $"spec belongs to sweep {definition.Id}, not {_sweepId}"));
            return;
        }

        var replyTo = Sender;
        IVersionedEvent first = _state.SweepId is null ? new SweepDefined(_sweepId, definition.Kind.Name, definition.NormalJson) : new SweepReset();
        _startReplyTo = replyTo; // answered by OnPersistFailure if the journal refuses the start
        Persist(first, e =>
        {
            _startReplyTo = null;
            _state.Apply(e);
            _definition = definition;
            _report = null;
            _integrityProblem = null;
            _leases.Reset([]);
            _meter.Reset();
            Replicas.Reset();
            replyTo.Tell(new SweepCommandReply(_sweepId, true, e is SweepReset ? "restarted afresh" : "started"));
            // The old partials are deleted off this thread (a large sweep or a database restart takes time);
            // nothing is planned or leased until they are gone.
            if (e is SweepReset) StartClearing();
            else Advance();
        });
    }

    private void Lease(RequestWork req)
    {
        Remember(req.WorkerId, Sender);
        _meter.Seen(req.WorkerId, DateTime.UtcNow);
        if (_state.Phase != SweepPhase.Running || _definition is null || _auditing || _clearing || _journalFault is not null)
        {
            Sender.Tell(new NoWork(_sweepId, _state.SweepId is null ? "unknown"
                : _journalFault is not null ? (_journalRetryPending ? "journal-retry" : SweepPhase.Failed)
                : _auditing ? "auditing"
                : _clearing ? "clearing" : _state.Phase));
            PassivateIfUnknown();
            return;
        }

        var replicas = TakeReplicas(req, DateTime.UtcNow);
        var free = Math.Max(1, req.Capacity) - replicas.Count;
        var units = free > 0 ? _leases.Take(req.WorkerId, free, DateTime.UtcNow) : [];
        if (units.Count > 0) Sender.Tell(new WorkGrant(_sweepId, _state.SpecJson, units));
        else if (replicas.Count == 0) Sender.Tell(new NoWork(_sweepId, _state.Phase));
    }

    private void Done(ReportUnitDone report)
    {
        if (_persisting.Contains(report.UnitId)) return; // its first report is being written; the resend gets the ack
        if (_journalFault is not null) return; // not acknowledged: it can not be written; the unit runs again after a restart
        if (!_state.IsOutstanding(report.UnitId) || _state.Phase is SweepPhase.Cancelled or SweepPhase.Failed)
        {
            // Duplicate, stale (earlier stage or epoch) or after the end: acknowledge, count nothing.
            _leases.Complete(report.UnitId);
            Sender.Tell(new UnitAck(_sweepId, report.UnitId));
            return;
        }

        var replyTo = Sender;
        IVersionedEvent e = report.Children is { Count: > 0 } children
            ? new UnitSplit(report.UnitId, report.Result, children, report.WorkerId, report.Stored)
            : new UnitCompleted(report.UnitId, report.Result, report.WorkerId, report.Stored);
        // PersistAsync lets completions that arrive together share one journal write; the ack still
        // waits for the write, and applying an event twice is harmless (the state ignores duplicates).
        _persisting.Add(report.UnitId);
        PersistAsync(e, persisted =>
        {
            _persisting.Remove(report.UnitId);
            _state.Apply(persisted);
            _leases.Complete(report.UnitId);
            if (persisted is UnitSplit split) _leases.Add(split.Children);
            else PrimaryCompleted(report.UnitId);
            _meter.Record(report.WorkerId, DateTime.UtcNow);
            SweepMetrics.Completed(_sweepId);
            replyTo.Tell(new UnitAck(_sweepId, report.UnitId));
            JournalWorks();
            MaybeSnapshot();
            // Planning persists with Persist, which must not nest inside a PersistAsync handler.
            if (_state.Phase == SweepPhase.Running && _state.StageDone) Self.Tell(AdvanceStage.Instance);
        });
    }

    private void Failed(ReportUnitFailed report)
    {
        _leases.Release(report.WorkerId, report.UnitId);
        if (_journalFault is not null) return;
        var attempts = _failures[report.UnitId] = _failures.GetValueOrDefault(report.UnitId) + 1;
        _log.Warning("Sweep {0}: unit {1} failed on {2} (attempt {3}): {4}", _sweepId, report.UnitId, report.WorkerId, attempts, report.Error);
        if (attempts < _options.MaxUnitAttempts || !_state.IsOutstanding(report.UnitId) || SweepPhase.IsFinal(_state.Phase)) return;
        Persist(new SweepFailed($"unit {report.UnitId} failed {attempts} times: {report.Error}"), e =>
        {
            _state.Apply(e);
            Announce();
        });
    }

    /// <summary>Plans the next stage(s) while the current one is done; finishes the sweep when none is left.</summary>
    private void Advance()
    {
        if (_advancing || _auditing || _clearing || _definition is null || !_state.StageDone || _state.Phase is not (SweepPhase.Running or SweepPhase.New)) return;
        if (!ValidationSettled()) return; // a check or a vote of this stage is still open: the next stage would build on it
        // The next stage (or the report) must not build on stored data that is gone: audit what this state promises.
        if (_auditedVersion != _state.Version && StartAudit()) return;
        var nextStage = _state.StageUnits.Count == 0 && _state.Phase == SweepPhase.New ? 0 : _state.Stage + 1;
        IReadOnlyList<WorkUnit> units;
        try
        {
            units = _definition.Kind.Plan(_definition.Spec, nextStage, _state.Total);
        }
        catch (Exception ex)
        {
            Persist(new SweepFailed($"planning stage {nextStage} failed: {ex.Message}"), e => { _state.Apply(e); Announce(); });
            return;
        }

        // Completions persisted together each see the stage done; only the first plans the next one.
        _advancing = true;
        if (units.Count == 0)
        {
            if (_definition.Kind.CheckTotal(_definition.Spec, _state.Total) is { } problem)
            {
                Persist(new SweepFailed($"integrity check failed: {problem}"), e => { _advancing = false; _state.Apply(e); Announce(); });
                return;
            }

            Persist(new SweepFinished(), e =>
            {
                _advancing = false;
                _state.Apply(e);
                SaveSnapshot(_state.ToSnapshot());
                Announce();
            });
            return;
        }

        Persist(new StageStarted(nextStage, units), e =>
        {
            _advancing = false;
            _state.Apply(e);
            _leases.Reset(_state.Outstanding);
            Replicas.Reset();
            Announce();
        });
    }

    /// <summary>
    /// Starts an audit unless one runs; true when it started, false when nothing is stored to check (then
    /// the current state counts as audited).
    /// </summary>
    private bool StartAudit()
    {
        if (_auditing) return true;
        if (_state.StoredUnits.Count == 0)
        {
            _auditedVersion = _state.Version;
            return false;
        }

        _auditing = true;
        _auditBackoff = TimeSpan.FromSeconds(1);
        RunAudit();
        return true;
    }

    private void RunAudit()
    {
        var (store, sweepId, expected) = (_store, _sweepId, _state.StoredUnits);
        var (version, epoch) = (_state.Version, _state.Epoch);
        Task.Run(() => PartialAudit.Run(store, sweepId, expected)).PipeTo(Self,
            success: findings => new AuditDone(version, epoch, findings, null),
            failure: e => new AuditDone(version, epoch, null, e is AggregateException a ? a.GetBaseException() : e));
    }

    private void AuditFinished(AuditDone done)
    {
        if (done.Epoch != _state.Epoch || SweepPhase.IsFinal(_state.Phase))
        {
            _auditing = false;
            return;
        }

        if (done.Findings is not { } findings)
        {
            // The store could not be read (read-only directory, disk error): say which and try again later.
            _log.Warning("Sweep {0}: auditing the partial store failed, retrying in {1} s: {2}", _sweepId, (int)_auditBackoff.TotalSeconds, done.Fault?.Message ?? "unknown");
            Timers.StartSingleTimer(AuditTimer, RetryAudit.Instance, _auditBackoff);
            _auditBackoff = _auditBackoff * 2 < MaxAuditBackoff ? _auditBackoff * 2 : MaxAuditBackoff;
            return;
        }

        if (findings.Note is not null) _log.Warning("Sweep {0}: {1}", _sweepId, findings.Note);
        if (findings.Lost.Count == 0)
        {
            _auditing = false;
            if (done.Version == _state.Version) _auditedVersion = done.Version;
            if (_state.Phase is SweepPhase.Running or SweepPhase.New && _state.StageDone) Advance();
            return;
        }

        var stage = findings.Lost.Min(r => r.Stage);
        if (!_state.CanRevisit(stage))
        {
            Persist(new SweepFailed($"integrity: {findings.Lost.Count} completed unit(s) lost their stored partials, and stage {stage} was recorded before per-unit records existed; run again with --fresh"), e =>
            {
                _auditing = false;
                _state.Apply(e);
                Announce();
            });
            return;
        }

        var ids = findings.Lost.Where(r => r.Stage == stage).Select(r => r.UnitId).ToList();
        var reason = $"partial store audit: {findings.Missing} unit(s) missing, {findings.Damaged} damaged";
        Persist(new UnitsRevoked(stage, ids, reason), e =>
        {
            _auditing = false;
            var before = _state.RecomputedUnits;
            var fromStage = _state.Stage;
            _state.Apply(e);
            _leases.Reset(_state.Outstanding);
            QueueValidation();
            _log.Warning("Sweep {0}: {1}; {2} completed unit(s) will be recomputed{3}", _sweepId, reason, _state.RecomputedUnits - before,
                fromStage > stage ? $" (back to stage {stage}: stage {fromStage} had read the lost data)" : "");
            Announce();
        });
    }

    /// <summary>
    /// A failed or cancelled sweep started again without --fresh: keep its completed units, clear the
    /// failure, run the rest.
    /// </summary>
    private void Retry()
    {
        var replyTo = Sender;
        var cancelled = _state.Phase == SweepPhase.Cancelled;
        var previous = cancelled ? "cancelled" : _state.Error ?? "unknown";
        Persist(new SweepRetried(previous), e =>
        {
            _state.Apply(e);
            _failures.Clear();
            _replicaFailures.Clear();
            _leases.Reset(_state.Outstanding);
            _meter.Reset();
            QueueValidation();
            _auditedVersion = -1; // whatever failed may have touched the store
            replyTo.Tell(new SweepCommandReply(_sweepId, true, cancelled
                ? "restarted after cancel; completed units are kept"
                : $"retrying after failure ({previous}); completed units are kept"));
            Announce();
            if (!StartAudit() && _state.StageDone) Advance();
        });
    }

    private void StartClearing()
    {
        _clearing = true;
        _clearBackoff = TimeSpan.FromSeconds(1);
        ClearPartials();
    }

    private void ClearPartials()
    {
        var (store, sweepId, epoch) = (_store, _sweepId, _state.Epoch);
        Task.Run(() => store.DeleteSweep(sweepId)).PipeTo(Self,
            success: () => new PartialsCleared(epoch, null),
            failure: e => new PartialsCleared(epoch, e is AggregateException a ? a.GetBaseException() : e));
    }

    private void Cleared(PartialsCleared done)
    {
        if (!_clearing || done.Epoch != _state.Epoch) return;
        if (done.Fault is not null)
        {
            // Database restarting or unreachable: the coordinator stays up, says why, and tries again.
            _log.Warning("Sweep {0}: deleting the old partials for a fresh start failed, retrying in {1} s: {2}", _sweepId, (int)_clearBackoff.TotalSeconds, done.Fault.Message);
            Timers.StartSingleTimer(ClearTimer, RetryClear.Instance, _clearBackoff);
            _clearBackoff = _clearBackoff * 2 < MaxAuditBackoff ? _clearBackoff * 2 : MaxAuditBackoff;
            return;
        }

        _clearing = false;
        Advance();
    }

    private void Transition(string from, IVersionedEvent e, string verb)
    {
        if (_state.SweepId is null)
        {
            Sender.Tell(new SweepCommandReply(_sweepId, false, "no such sweep"));
            PassivateIfUnknown();
            return;
        }

        if (_state.Phase != from)
        {
            Sender.Tell(new SweepCommandReply(_sweepId, false, $"sweep is {_state.Phase}, not {from}"));
            return;
        }

        var replyTo = Sender;
        Persist(e, persisted =>
        {
            _state.Apply(persisted);
            Announce();
            replyTo.Tell(new SweepCommandReply(_sweepId, true, verb));
            if (_state.Phase == SweepPhase.Running && _state.StageDone) Advance();
        });
    }

    private void Cancel()
    {
        if (_state.SweepId is null || SweepPhase.IsFinal(_state.Phase))
        {
            Sender.Tell(new SweepCommandReply(_sweepId, false, _state.SweepId is null ? "no such sweep" : $"sweep is {_state.Phase}"));
            PassivateIfUnknown();
            return;
        }

        var replyTo = Sender;
        Persist(new SweepCancelled(), e =>
        {
            _state.Apply(e);
            _leases.Reset([]);
            Replicas.Reset();
            Announce();
            replyTo.Tell(new SweepCommandReply(_sweepId, true, "cancelled"));
        });
    }

    /// <summary>
    /// A question about a sweep nobody started created this entity: stop it again through the shard
    /// (the custom stop message), so unknown ids leave no entity behind.
    /// </summary>
    private void PassivateIfUnknown()
    {
        if (_state.SweepId is null) Context.Parent.Tell(new Passivate(StopCoordinator.Instance));
    }

    private void Remember(string workerId, IActorRef worker)
    {
        if (_workers.TryGetValue(workerId, out var known) && known.Equals(worker)) return;
        _workers[workerId] = worker;
        Context.Watch(worker);
    }

    private void WorkerLost(IActorRef worker)
    {
        foreach (var id in _workers.Where(kv => kv.Value.Equals(worker)).Select(kv => kv.Key).ToList())
        {
            _workers.Remove(id);
            _meter.Forget(id);
            var n = _leases.Release(id) + Replicas.Release(id);
            if (n > 0) _log.Warning("Sweep {0}: worker {1} is gone; {2} unit(s) re-queued", _sweepId, id, n);
        }
    }

    private void MaybeSnapshot()
    {
        if (++_sinceSnapshot < _options.SnapshotEvery) return;
        _sinceSnapshot = 0;
        SaveSnapshot(_state.ToSnapshot());
    }

    private void Announce()
    {
        if (_state.SweepId is null) return;
        if (ActorRegistry.For(Context.System).TryGet<SweepRegistryKey>(out var registry))
            registry.Tell(new SweepAnnounced(_sweepId, _state.Kind, _state.Phase, _state.SpecJson));
    }

    private SweepStatus Status()
    {
        var now = DateTime.UtcNow;
        var rate = _meter.RatePerSecond(now);
        var remaining = _state.StageUnits.Count - _state.StageDoneCount;
        double? eta = _state.Phase == SweepPhase.Running && rate > 1e-9 ? remaining / rate : null;
        var inFlight = _leases.LeasedByWorker;
        var workers = _meter.Workers(now)
            .Select(w => new WorkerThroughput(w.Worker, w.Done, inFlight.GetValueOrDefault(w.Worker), w.Rate, w.SecondsSinceSeen))
            .OrderBy(w => w.WorkerId, StringComparer.Ordinal).ToList();
        var phase = _state.SweepId is null ? "unknown" : _state.Phase;
        var error = _state.Error;
        if (_journalFault is not null) (phase, error) = (_journalRetryPending ? phase : SweepPhase.Failed, _journalFault);
        if (_state.Phase == SweepPhase.Completed && _definition is not null)
        {
            // Sweeps completed before an invariant existed are checked when read: a violation is never shown as a result.
            _integrityProblem ??= _definition.Kind.CheckTotal(_definition.Spec, _state.Total) ?? "";
            if (_integrityProblem.Length > 0)
                (phase, error) = (SweepPhase.Failed, $"integrity check failed: {_integrityProblem}");
            else
                _report ??= _definition.Kind.Report(_definition.Spec, _state.Total);
        }

        var validation = Summary();
        var (resultJson, resultRows) = _report is null ? (null, null)
            : validation is null ? (_report.Result.ToJsonString(), _report.Rows)
            : WithValidation(_report, validation);
        return new SweepStatus(
            _sweepId, _state.Kind, phase, _state.Stage,
            _state.StageDoneCount, _state.StageUnits.Count, _state.UnitsDoneAllStages, _leases.LeasedCount,
            rate, eta, workers, error,
            resultJson, resultRows, _state.RecomputedUnits, validation);
    }

    private sealed class AdvanceStage
    {
        public static readonly AdvanceStage Instance = new();
    }

    private sealed record AuditDone(long Version, int Epoch, AuditFindings? Findings, Exception? Fault);

    private sealed record PartialsCleared(int Epoch, Exception? Fault);

    private sealed class RetryClear
    {
        public static readonly RetryClear Instance = new();
    }

    private sealed class RetryAudit
    {
        public static readonly RetryAudit Instance = new();
    }

    private sealed class ExpireLeases
    {
        public static readonly ExpireLeases Instance = new();
    }
}
