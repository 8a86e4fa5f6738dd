using Expressivity.Actors.Protocol;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Actors.Coordinator;

/// <summary>
/// The event-sourced state of one sweep, free of Akka: events in, state out. The coordinator actor
/// only persists events and calls <see cref="Apply"/>; this class is unit-tested directly.
/// </summary>
public sealed class SweepState
{
    private readonly List<WorkUnit> _stageUnits = [];
    private readonly HashSet<string> _stageUnitIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _completed = new(StringComparer.Ordinal);
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

    /// <summary>Failure reason, when failed.</summary>
    public string? Error { get; private set; }

    /// <summary>Every unit of the current stage, including run-time split children, in plan order.</summary>
    public IReadOnlyList<WorkUnit> StageUnits => _stageUnits;

    /// <summary>Units of the current stage not yet completed, in plan order.</summary>
    public IEnumerable<WorkUnit> Outstanding => _stageUnits.Where(u => !_completed.Contains(u.Id));

    /// <summary>Completed units of the current stage.</summary>
    public int StageDoneCount => _stageDone;

    /// <summary>True when every unit of the stage is completed (or no unit was ever planned).</summary>
    public bool StageDone => _stageDone == _stageUnits.Count;

    /// <summary>True when the unit is known to this stage and not yet completed.</summary>
    public bool IsOutstanding(string unitId) => _stageUnitIds.Contains(unitId) && !_completed.Contains(unitId);

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
                AddUnits(s.Units);
                Phase = Phase == SweepPhase.New ? SweepPhase.Running : Phase;
                break;
            case UnitCompleted c when IsOutstanding(c.UnitId):
                _completed.Add(c.UnitId);
                _stageDone++;
                Total = Total.Merge(c.Result);
                UnitsDoneAllStages++;
                break;
            case UnitSplit s when IsOutstanding(s.UnitId):
                _completed.Add(s.UnitId);
                _stageDone++;
                Total = Total.Merge(s.Done);
                UnitsDoneAllStages++;
                AddUnits(s.Children.Where(u => !_stageUnitIds.Contains(u.Id)));
                break;
            case UnitCompleted or UnitSplit:
                break; // a duplicate: already counted once
            case SweepReset:
                Epoch++;
                Stage = 0;
                _stageUnits.Clear();
                _stageUnitIds.Clear();
                _completed.Clear();
                _stageDone = 0;
                Total = Partial.Empty;
                UnitsDoneAllStages = 0;
                Error = null;
                Phase = SweepPhase.New;
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
        _completed.Order(StringComparer.Ordinal).ToList(), Total, UnitsDoneAllStages, Error);

    private void Restore(CoordinatorSnapshot s)
    {
        SweepId = s.SweepId;
        Kind = s.Kind;
        SpecJson = s.SpecJson;
        Phase = s.Phase;
        Epoch = s.Epoch;
        Stage = s.Stage;
        _stageUnits.Clear();
        _stageUnitIds.Clear();
        AddUnits(s.StageUnits);
        _completed.Clear();
        _completed.UnionWith(s.Completed);
        _stageDone = _stageUnits.Count(u => _completed.Contains(u.Id));
        Total = s.Total;
        UnitsDoneAllStages = s.UnitsDoneAllStages;
        Error = s.Error;
    }

    private void AddUnits(IEnumerable<WorkUnit> units)
    {
        foreach (var u in units)
        {
            if (!_stageUnitIds.Add(u.Id)) continue;
            _stageUnits.Add(u);
            if (_completed.Contains(u.Id)) _stageDone++;
        }
    }
}
