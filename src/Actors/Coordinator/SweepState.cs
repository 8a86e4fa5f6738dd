using Expressivity.Actors.Coordinator.Validation;
using Expressivity.Actors.Protocol;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Actors.Coordinator;

/// <summary>
/// The event-sourced state of one sweep, free of Akka: events in, state out. The coordinator actor
/// only persists events and calls <see cref="Apply"/>; this class is unit-tested directly.
/// Every completed unit of every stage is kept as a <see cref="UnitRecord"/>, so units whose stored
/// partials were lost can be revoked and the total rebuilt from the rest.
/// </summary>
public sealed class SweepState
{
    private readonly List<WorkUnit> _stageUnits = [];
    private readonly HashSet<string> _stageUnitIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _completed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UnitRecord> _records = new(StringComparer.Ordinal);
    private readonly SortedDictionary<int, List<WorkUnit>> _plans = [];
    private int _stageDone; // completed units of the current stage, kept so progress checks are O(1)

    /// <summary>Sweep id; null until <see cref="SweepDefined"/>.</summary>
    public string? SweepId { get; private set; }

    /// <summary>Kind name.</summary>
    public string Kind { get; private set; } = "";

    /// <summary>The normalised spec JSON.</summary>
    public string SpecJson { get; private set; } = "";

    /// <summary>One of <see cref="SweepPhase"/>.</summary>
    public string Phase { get; private set; } = SweepPhase.New;

    /// <summary>Incremented by every fresh start, so reports from an earlier incarnation are ignored.</summary>
    public int Epoch { get; private set; }

    /// <summary>The current stage (0 first).</summary>
    public int Stage { get; private set; }

    /// <summary>Merged partial of every completed unit of every stage.</summary>
    public Partial Total { get; private set; } = Partial.Empty;

    /// <summary>Units completed (or split) over all stages of this epoch.</summary>
    public long UnitsDoneAllStages { get; private set; }

    /// <summary>Completed units revoked (run again) because their stored partials were lost or damaged, or later-stage units that had read them.</summary>
    public long RecomputedUnits { get; private set; }

    /// <summary>
    /// Part of <see cref="Total"/> restored from a version-1 snapshot, which kept no per-unit records, and
    /// the last stage it covers (-1: none). The sweep cannot go back to that stage or earlier.
    /// </summary>
    public Partial Legacy { get; private set; } = Partial.Empty;

    /// <inheritdoc cref="Legacy"/>
    public int LegacyStage { get; private set; } = -1;

    /// <summary>Failure reason, when failed.</summary>
    public string? Error { get; private set; }

    /// <summary>Incremented by every event that changes which units are completed: audits compare it to know they are current.</summary>
    public long Version { get; private set; }

    /// <summary>Every unit of the current stage, including run-time split children, in plan order.</summary>
    public IReadOnlyList<WorkUnit> StageUnits => _stageUnits;

    /// <summary>Units of the current stage not yet completed, in plan order.</summary>
    public IEnumerable<WorkUnit> Outstanding => _stageUnits.Where(u => !_completed.Contains(u.Id));

    /// <summary>Completed units with a digest of stored data: what an audit checks the store against.</summary>
    public IReadOnlyList<UnitRecord> StoredUnits => _records.Values.Where(r => r.Stored is not null).ToList();

    /// <summary>Completed units of the current stage.</summary>
    public int StageDoneCount => _stageDone;

    /// <summary>True when every unit of the stage is completed (or no unit was ever planned).</summary>
    public bool StageDone => _stageDone == _stageUnits.Count;

    /// <summary>True when the unit is known to this stage and not yet completed.</summary>
    public bool IsOutstanding(string unitId) => _stageUnitIds.Contains(unitId) && !_completed.Contains(unitId);

    /// <summary>True when the sweep can go back to <paramref name="stage"/>: its plan is known and no record-less history lies at or after it.</summary>
    public bool CanRevisit(int stage) => stage > LegacyStage && _plans.ContainsKey(stage);

    /// <summary>Validation's journaled state: checks, disputes, counts, suspect workers.</summary>
    public ValidationLedger Validation { get; } = new();

    /// <summary>The record of a completed unit of this epoch, or null.</summary>
    public UnitRecord? RecordOf(string unitId) => _records.GetValueOrDefault(unitId);

    /// <summary>Completed units of the current stage, in plan order.</summary>
    public IEnumerable<UnitRecord> StageRecords => _stageUnits.Where(u => _completed.Contains(u.Id)).Select(u => _records.GetValueOrDefault(u.Id)).OfType<UnitRecord>();

    /// <summary>Applies one persisted event.</summary>
    public void Apply(IVersionedEvent e)
    {
        switch (e)
        {
            case SweepDefined d:
                SweepId = d.SweepId;
                Kind = d.Kind;
                SpecJson = d.SpecJson;
                Phase = SweepPhase.New;
                break;
            case StageStarted s:
                Stage = s.Stage;
                _stageUnits.Clear();
                _stageUnitIds.Clear();
                _stageDone = 0;
                _plans[s.Stage] = [];
                AddUnits(s.Units);
                Phase = Phase == SweepPhase.New ? SweepPhase.Running : Phase;
                Version++;
                break;
            case UnitCompleted c when IsOutstanding(c.UnitId):
                Complete(c.UnitId, c.Result, c.Stored, c.WorkerId, split: false);
                break;
            case UnitSplit s when IsOutstanding(s.UnitId):
                Complete(s.UnitId, s.Done, s.Stored, s.WorkerId, split: true);
                AddUnits(s.Children.Where(u => !_stageUnitIds.Contains(u.Id)));
                break;
            case UnitCompleted or UnitSplit:
                break; // a duplicate: already counted once
            case UnitsRevoked r:
                Revoke(r);
                break;
            case ReplicaCompared rc:
                Validation.Apply(rc);
                break;
            case DisputeResolved dr:
                Settle(dr);
                break;
            case SweepReset:
                Epoch++;
                Stage = 0;
                _stageUnits.Clear();
                _stageUnitIds.Clear();
                _completed.Clear();
                _records.Clear();
                _plans.Clear();
                _stageDone = 0;
                Total = Partial.Empty;
                Legacy = Partial.Empty;
                LegacyStage = -1;
                UnitsDoneAllStages = 0;
                RecomputedUnits = 0;
                Validation.Clear();
                Error = null;
                Phase = SweepPhase.New;
                Version++;
                break;
            case SweepRetried when Phase is SweepPhase.Failed or SweepPhase.Cancelled:
                // A failed or cancelled sweep started again. Before any stage was planned the sweep is new again; otherwise it runs its outstanding units.
                Phase = _plans.Count == 0 && _stageUnits.Count == 0 ? SweepPhase.New : SweepPhase.Running;
                Error = null;
                break;
            case SweepPaused when Phase == SweepPhase.Running:
                Phase = SweepPhase.Paused;
                break;
            case SweepResumed when Phase == SweepPhase.Paused:
                Phase = SweepPhase.Running;
                break;
            case SweepCancelled when !SweepPhase.IsFinal(Phase):
                Phase = SweepPhase.Cancelled;
                break;
            case SweepFailed f:
                Phase = SweepPhase.Failed;
                Error = f.Reason;
                break;
            case SweepFinished:
                Phase = SweepPhase.Completed;
                break;
            case CoordinatorSnapshot snap:
                Restore(snap);
                break;
        }
    }

    /// <summary>The state as a snapshot.</summary>
    public CoordinatorSnapshot ToSnapshot() => new(
        SweepId ?? "", Kind, SpecJson, Phase, Epoch, Stage, _stageUnits.ToList(),
        _completed.Order(StringComparer.Ordinal).ToList(), Total, UnitsDoneAllStages, Error,
        _records.Values.OrderBy(r => r.UnitId, StringComparer.Ordinal).ToList(),
        _plans.Select(kv => new StagePlan(kv.Key, kv.Value.ToList())).ToList(),
        Legacy, LegacyStage, RecomputedUnits, Validation.ToSnapshot());

    private void Complete(string unitId, Partial result, PartialDigest? stored, string workerId, bool split)
    {
        _completed.Add(unitId);
        _records[unitId] = new UnitRecord(unitId, Stage, result, stored, workerId, split);
        _stageDone++;
        Total = Total.Merge(result);
        UnitsDoneAllStages++;
        Version++;
    }

    /// <summary>
    /// Drops the revoked units of <see cref="UnitsRevoked.Stage"/> and, when that stage is earlier than the
    /// current one, every unit of the later stages (they read the lost data); the total is rebuilt from
    /// what remains.
    /// </summary>
    private void Revoke(UnitsRevoked r)
    {
        if (!CanRevisit(r.Stage) || r.Stage > Stage) return; // the coordinator never writes such an event
        var dropped = r.UnitIds.Where(id => _records.TryGetValue(id, out var rec) && rec.Stage == r.Stage).ToList();
        if (r.Stage < Stage)
        {
            dropped.AddRange(_records.Values.Where(rec => rec.Stage > r.Stage).Select(rec => rec.UnitId));
            foreach (var later in _plans.Keys.Where(k => k > r.Stage).ToList()) _plans.Remove(later);
            Stage = r.Stage;
            _stageUnits.Clear();
            _stageUnitIds.Clear();
            foreach (var u in _plans[r.Stage])
            {
                if (_stageUnitIds.Add(u.Id)) _stageUnits.Add(u);
            }
        }

        foreach (var id in dropped)
        {
            _records.Remove(id);
            _completed.Remove(id);
        }

        Validation.Forget(dropped);

        UnitsDoneAllStages -= dropped.Count;
        RecomputedUnits += dropped.Count;
        _stageDone = _stageUnits.Count(u => _completed.Contains(u.Id));
        Total = _records.Values.Aggregate(Legacy, (t, rec) => t.Merge(rec.Result));
        Version++;
    }

    /// <summary>
    /// A vote settled a disputed unit: when the first computation lost, the majority's result replaces its
    /// record and the total is rebuilt (rules like max and union cannot be subtracted).
    /// </summary>
    private void Settle(DisputeResolved e)
    {
        if (Validation.DisputeOf(e.UnitId) is null) return; // a duplicate
        Validation.Apply(e);
        if (e.PrimaryWon || !_records.TryGetValue(e.UnitId, out var record)) return;
        _records[e.UnitId] = record with { Result = e.Result, Stored = e.Stored };
        Total = _records.Values.Aggregate(Legacy, (t, rec) => t.Merge(rec.Result));
        Version++;
    }

    private void Restore(CoordinatorSnapshot s)
    {
        SweepId = s.SweepId;
        Kind = s.Kind;
        SpecJson = s.SpecJson;
        Phase = s.Phase;
        Epoch = s.Epoch;
        Stage = s.Stage;
        _plans.Clear();
        foreach (var plan in s.Plans ?? []) _plans[plan.Stage] = plan.Units.ToList();
        _stageUnits.Clear();
        _stageUnitIds.Clear();
        if (!_plans.ContainsKey(Stage)) _plans[Stage] = [];
        _plans[Stage].Clear();
        _completed.Clear();
        _completed.UnionWith(s.Completed);
        AddUnits(s.StageUnits);
        _stageDone = _stageUnits.Count(u => _completed.Contains(u.Id));
        _records.Clear();
        foreach (var r in s.Records ?? []) _records[r.UnitId] = r;
        Total = s.Total;
        // A version-1 snapshot kept no records: its whole total is history that cannot be taken apart.
        Legacy = s.Records is null ? s.Total : s.Legacy ?? Partial.Empty;
        LegacyStage = s.Records is null ? s.Stage : s.LegacyStage;
        UnitsDoneAllStages = s.UnitsDoneAllStages;
        RecomputedUnits = s.RecomputedUnits;
        Validation.Restore(s.Validation);
        Error = s.Error;
        Version++;
    }

    private void AddUnits(IEnumerable<WorkUnit> units)
    {
        var plan = _plans.TryGetValue(Stage, out var p) ? p : _plans[Stage] = [];
        foreach (var u in units)
        {
            if (!_stageUnitIds.Add(u.Id)) continue;
            _stageUnits.Add(u);
            plan.Add(u);
            if (_completed.Contains(u.Id)) _stageDone++;
        }
    }
}
