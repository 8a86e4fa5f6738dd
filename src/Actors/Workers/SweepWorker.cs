using Akka.Actor;
using Akka.Event;
using Akka.Hosting;
using Expressivity.Actors.Coordinator.Validation;
using Expressivity.Actors.Metrics;
using Expressivity.Actors.Protocol;
using Expressivity.Actors.Registry;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Actors.Workers;

/// <summary>
/// Pulls units from running sweeps and runs them on dedicated threads, one per slot. The actor itself
/// never computes: kernels report back through <c>PipeTo</c>, so status queries, heartbeats and resends
/// are answered while every core is busy. Reports are resent until the coordinator acknowledges them.
/// Replica runs (validation) share the slots; their reports go back as <see cref="ReportReplicaDone"/>.
/// </summary>
public sealed class SweepWorker : ReceiveActor, IWithTimers
{
    private readonly string _workerId;
    private readonly IActorRef _region;
    private readonly IPartialStore _store;
    private readonly WorkerOptions _options;
    private readonly UnitLog _unitLog;
    private readonly int _capacity;
    private readonly Dictionary<string, Running> _running = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ReportUnitDone> _unacked = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ReportReplicaDone> _unackedReplicas = new(StringComparer.Ordinal);
    private readonly ReplicaRun.Runner _runner;
    private readonly Dictionary<string, SweepDefinition> _definitions = new(StringComparer.Ordinal);
    private readonly ILoggingAdapter _log = Context.GetLogger();
    private List<string> _sweeps = [];
    private int _next;
    private DateTime? _requestSentAt;
    private long _finished;
    private bool _draining; // leaving: no new units
    private IActorRef? _drainedReplyTo; // answered once nothing is held

    /// <summary>Creates a worker that leases from <paramref name="region"/> (the coordinator shard region or its proxy).</summary>
    public SweepWorker(string workerId, IActorRef region, IPartialStore store, WorkerOptions options)
        : this(workerId, region, store, options, ReplicaRun.Kind)
    {
    }

    /// <summary>
    /// Creates a worker that runs units through <paramref name="runner"/>: only tests pass anything but
    /// <see cref="ReplicaRun.Kind"/> (a faulty worker for the validation tests); no setting reaches it.
    /// </summary>
    public SweepWorker(string workerId, IActorRef region, IPartialStore store, WorkerOptions options, ReplicaRun.Runner runner)
    {
        _runner = runner;
        _workerId = workerId;
        _region = region;
        _store = store;
        _options = options;
        _capacity = options.EffectiveCapacity;
        _unitLog = new UnitLog(options.UnitLogPath);

        Receive<Tick>(_ =>
        {
            RefreshSweeps();
            AskForWork();
        });
        Receive<Heartbeat>(_ => Beat());
        Receive<SweepList>(list =>
        {
            _sweeps = list.Sweeps.Where(s => s.State == "running").Select(s => s.SweepId).ToList();
            AskForWork();
        });
        Receive<WorkGrant>(Accept);
        Receive<ReplicaGrant>(AcceptReplicas);
        Receive<ReplicaAck>(ack =>
        {
            _unackedReplicas.Remove(ReplicaKey(ack.SweepId, ack.UnitId, ack.Round));
            CheckDrained();
        });
        Receive<NoWork>(_ =>
        {
            _requestSentAt = null;
            _next++;
        });
        Receive<UnitRunEnded>(Ended);
        Receive<ReplicaRunEnded>(ReplicaEnded);
        // A block body: a bool-returning lambda would pick the predicate overload, and a duplicate ack (Remove = false) would go to dead letters.
        Receive<UnitAck>(ack =>
        {
            _unacked.Remove(Key(ack.SweepId, ack.UnitId));
            CheckDrained();
        });
        Receive<DrainWorker>(_ =>
        {
            _draining = true;
            _drainedReplyTo = Sender;
            _log.Info("Worker {0} draining: {1} unit(s) running, {2} awaiting acknowledgement", _workerId, _running.Count, _unacked.Count);
            CheckDrained();
        });
        Receive<HandBackUnits>(_ =>
        {
            _draining = true;
            _drainedReplyTo = null;
            foreach (var group in _running.Values.GroupBy(r => r.SweepId))
                _region.Tell(new ReleaseUnits(group.Key, _workerId, group.Select(r => r.Unit.Id).ToList()));
            var n = _running.Count;
            foreach (var r in _running.Values) r.Cancel.Cancel();
            _running.Clear();
            _log.Warning("Worker {0}: drain time over; {1} running unit(s) handed back", _workerId, n);
            Sender.Tell(new WorkerDrained(n));
        });
        Receive<GetWorkerStatus>(_ => Sender.Tell(new WorkerStatus(
            _workerId, _capacity,
            _running.Values.Select(r => new RunningUnit(r.SweepId, r.Unit.Id, (DateTime.UtcNow - r.Started).TotalSeconds)).ToList(),
            _finished, _unacked.Count + _unackedReplicas.Count)));
    }

    /// <inheritdoc />
    public ITimerScheduler Timers { get; set; } = null!;

    /// <inheritdoc />
    protected override void PreStart()
    {
        Timers.StartPeriodicTimer("tick", Tick.Instance, TimeSpan.Zero, _options.PollInterval);
        Timers.StartPeriodicTimer("heartbeat", Heartbeat.Instance, _options.HeartbeatInterval);
    }

    /// <inheritdoc />
    protected override void PostStop()
    {
        foreach (var r in _running.Values) r.Cancel.Cancel();
    }

    private int Free => _capacity - _running.Count;

    private void RefreshSweeps()
    {
        // Only on the timer: answering every reply with a new question would ping-pong without pause.
        if (ActorRegistry.For(Context.System).TryGet<SweepRegistryKey>(out var registry))
            registry.Tell(ListSweeps.Instance);
    }

    private void AskForWork()
    {
        // One request at a time; a request unanswered for long (coordinator moving) is given up.
        if (_requestSentAt is { } sent && DateTime.UtcNow - sent < TimeSpan.FromSeconds(5)) return;
        if (_draining) return;
        _requestSentAt = null;
        if (Free <= 0 || _sweeps.Count == 0) return;
        var sweep = _sweeps[_next % _sweeps.Count];
        _region.Tell(new RequestWork(sweep, _workerId, Free));
        _requestSentAt = DateTime.UtcNow;
    }

    private SweepDefinition Definition(string sweepId, string specJson)
    {
        if (!_definitions.TryGetValue(sweepId, out var definition))
        {
            definition = SweepDefinition.Parse(specJson);
            _definitions[sweepId] = definition;
        }

        return definition;
    }

    private void AcceptReplicas(ReplicaGrant grant)
    {
        _requestSentAt = null;
        var definition = Definition(grant.SweepId, grant.SpecJson);
        foreach (var task in grant.Tasks)
        {
            var key = ReplicaKey(grant.SweepId, task.Unit.Id, task.Round);
            if (_running.ContainsKey(key)) continue;
            var run = new Running(grant.SweepId, task.Unit, new CancellationTokenSource(), DateTime.UtcNow, task.Round);
            _running[key] = run;
            var (runner, store, workerId, cancel) = (_runner, _store, _workerId, run.Cancel.Token);
            Task.Factory.StartNew(() => ReplicaRun.Execute(runner, definition, run.SweepId, workerId, task, store, cancel),
                cancel, TaskCreationOptions.LongRunning, TaskScheduler.Default)
                .PipeTo(Self, success: r => new ReplicaRunEnded(run, r), failure: e => new ReplicaRunEnded(run, null));
        }

        if (Free > 0) AskForWork();
    }

    private void ReplicaEnded(ReplicaRunEnded ended)
    {
        var run = ended.Run;
        if (!_running.Remove(ReplicaKey(run.SweepId, run.Unit.Id, run.Round))) return; // handed back while it ran
        run.Cancel.Dispose();
        if (ended.Report is { } report)
        {
            if (report.Error is not null) _log.Warning("Check {0} of unit {1} of {2} failed: {3}", run.Round, run.Unit.Id, run.SweepId, report.Error);
            _unackedReplicas[ReplicaKey(run.SweepId, run.Unit.Id, run.Round)] = report;
            _region.Tell(report);
        }

        AskForWork();
        CheckDrained();
    }

    private void Accept(WorkGrant grant)
    {
        _requestSentAt = null;
        var definition = Definition(grant.SweepId, grant.SpecJson);

        foreach (var unit in grant.Units)
        {
            var key = Key(grant.SweepId, unit.Id);
            if (_running.ContainsKey(key)) continue;
            var run = new Running(grant.SweepId, unit, new CancellationTokenSource(), DateTime.UtcNow);
            _running[key] = run;
            Launch(definition, run).PipeTo(Self);
        }

        if (Free > 0) AskForWork();
    }

    private Task<UnitRunEnded> Launch(SweepDefinition definition, Running run)
    {
        var store = new DigestingPartialStore(_store);
        var context = new UnitContext(run.SweepId, store, run.Cancel.Token);
        var log = _unitLog;
        var runner = _runner;
        var warn = _log; // bus logging is thread-safe; actor fields are not touched from the unit's thread
        var retryFor = _options.TransientRetryTime;
        // A dedicated thread per unit keeps kernels off the thread pool the actors run on.
        return Task.Factory.StartNew(() =>
        {
            try
            {
                log.Write("start", run.SweepId, run.Unit.Id);
                // The lease stays held meanwhile: the unit is still running, so heartbeats keep renewing it.
                var outcome = TransientRetry.Run(() => runner(definition, run.Unit, context, 0), retryFor, run.Cancel.Token,
                    (e, wait) => warn.Warning("Unit {0} of {1} hit a transient storage fault ({2}); running it again in {3} ms", run.Unit.Id, run.SweepId, e.Message, (int)wait.TotalMilliseconds));
                log.Write("done", run.SweepId, run.Unit.Id);
                return new UnitRunEnded(run, outcome, null, store.Written);
            }
            catch (Exception e)
            {
                return new UnitRunEnded(run, null, e.Message, null);
            }
        }, run.Cancel.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    private void Ended(UnitRunEnded ended)
    {
        var run = ended.Run;
        var key = Key(run.SweepId, run.Unit.Id);
        if (!_running.Remove(key)) return; // handed back while it ran

        run.Cancel.Dispose();
        if (ended.Outcome is null)
        {
            _log.Warning("Unit {0} of {1} failed: {2}", run.Unit.Id, run.SweepId, ended.Error);
            _region.Tell(new ReportUnitFailed(run.SweepId, _workerId, run.Unit.Id, ended.Error ?? "unknown error"));
        }
        else
        {
            var (result, children) = ended.Outcome switch
            {
                UnitOutcome.Split s => (s.Done, s.Children),
                UnitOutcome.Completed c => (c.Result, (IReadOnlyList<WorkUnit>?)null),
                _ => throw new InvalidOperationException("unknown outcome"),
            };
            var report = new ReportUnitDone(run.SweepId, _workerId, run.Unit.Id, result, children, (DateTime.UtcNow - run.Started).TotalSeconds, ended.Stored);
            _unacked[key] = report;
            _region.Tell(report);
            _finished++;
            SweepMetrics.Ran(_workerId);
        }

        AskForWork();
        CheckDrained();
    }

    private void CheckDrained()
    {
        if (_drainedReplyTo is null || _running.Count > 0 || _unacked.Count > 0 || _unackedReplicas.Count > 0) return;
        _drainedReplyTo.Tell(new WorkerDrained(0));
        _drainedReplyTo = null;
        _log.Info("Worker {0} drained", _workerId);
    }

    private void Beat()
    {
        foreach (var group in _running.Values.GroupBy(r => r.SweepId))
            _region.Tell(new WorkerHeartbeat(group.Key, _workerId, group.Select(r => r.Unit.Id).ToList()));
        foreach (var report in _unacked.Values) _region.Tell(report);
        foreach (var report in _unackedReplicas.Values) _region.Tell(report);
    }

    private static string Key(string sweepId, string unitId) => $"{sweepId}/{unitId}";

    private static string ReplicaKey(string sweepId, string unitId, int round) => $"{sweepId}/{unitId}#{round}";

    private sealed record Running(string SweepId, WorkUnit Unit, CancellationTokenSource Cancel, DateTime Started, int Round = 0);

    private sealed record ReplicaRunEnded(Running Run, ReportReplicaDone? Report);

    private sealed record UnitRunEnded(Running Run, UnitOutcome? Outcome, string? Error, PartialDigest? Stored);

    private sealed class Tick
    {
        public static readonly Tick Instance = new();
    }

    private sealed class Heartbeat
    {
        public static readonly Heartbeat Instance = new();
    }
}
