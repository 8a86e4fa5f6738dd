using Expressivity.Actors.Protocol;

namespace Expressivity.Actors.Coordinator.Validation;

/// <summary>
/// The journaled part of validation, free of Akka (events in, state out, like <see cref="SweepState"/>
/// which owns it): which units were checked by a second computation, which are disputed and wait for a
/// third, the counts shown in status and result, and the workers a mismatch made suspect or the vote outvoted.
/// </summary>
public sealed class ValidationLedger
{
    private readonly HashSet<string> _checked = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DisputeRecord> _disputes = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _suspects = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _outvoted = new(StringComparer.Ordinal);

    /// <summary>Second computations compared (a unit recomputed after a revocation counts again).</summary>
    public long Checked { get; private set; }

    /// <summary>Comparisons that agreed exactly.</summary>
    public long Agreed { get; private set; }

    /// <summary>Comparisons that differed.</summary>
    public long Mismatches { get; private set; }

    /// <summary>Mismatches settled by a third computation's majority.</summary>
    public long Resolved { get; private set; }

    /// <summary>Workers that took part in a mismatch.</summary>
    public IReadOnlyCollection<string> Suspects => _suspects;

    /// <summary>Workers in the minority of a vote.</summary>
    public IReadOnlyCollection<string> Outvoted => _outvoted;

    /// <summary>True once the unit's second computation was compared (agreed or disputed).</summary>
    public bool IsChecked(string unitId) => _checked.Contains(unitId);

    /// <summary>The open dispute of a unit, or null.</summary>
    public DisputeRecord? DisputeOf(string unitId) => _disputes.GetValueOrDefault(unitId);

    /// <summary>Every open dispute.</summary>
    public IEnumerable<DisputeRecord> Disputes => _disputes.Values;

    /// <summary>Records a comparison; a second one for the same unit is a duplicate and ignored.</summary>
    public void Apply(ReplicaCompared e)
    {
        if (!_checked.Add(e.UnitId)) return;
        Checked++;
        if (e.Agreed)
        {
            Agreed++;
            return;
        }

        Mismatches++;
        _disputes[e.UnitId] = new DisputeRecord(e.UnitId, e.PrimaryWorker, e.ReplicaWorker, e.ReplicaResult, e.ReplicaStored);
        _suspects.Add(e.PrimaryWorker);
        _suspects.Add(e.ReplicaWorker);
    }

    /// <summary>Records a vote; a dispute already settled is ignored.</summary>
    public void Apply(DisputeResolved e)
    {
        if (!_disputes.Remove(e.UnitId)) return;
        Resolved++;
        foreach (var w in e.Outvoted) _outvoted.Add(w);
    }

    /// <summary>Revoked units run again and are validated again: their checks and disputes are dropped (the counts stay).</summary>
    public void Forget(IEnumerable<string> unitIds)
    {
        foreach (var id in unitIds)
        {
            _checked.Remove(id);
            _disputes.Remove(id);
        }
    }

    /// <summary>A fresh start forgets everything.</summary>
    public void Clear()
    {
        _checked.Clear();
        _disputes.Clear();
        _suspects.Clear();
        _outvoted.Clear();
        Checked = Agreed = Mismatches = Resolved = 0;
    }

    /// <summary>The state as part of a snapshot.</summary>
    public ValidationSnapshot ToSnapshot() => new(
        _checked.Order(StringComparer.Ordinal).ToList(), _disputes.Values.OrderBy(d => d.UnitId, StringComparer.Ordinal).ToList(),
        Checked, Agreed, Mismatches, Resolved, _suspects.ToList(), _outvoted.ToList());

    /// <summary>Restores a snapshot's state (none: nothing validated yet).</summary>
    public void Restore(ValidationSnapshot? s)
    {
        Clear();
        if (s is null) return;
        _checked.UnionWith(s.CheckedUnits);
        foreach (var d in s.Disputes) _disputes[d.UnitId] = d;
        (Checked, Agreed, Mismatches, Resolved) = (s.Checked, s.Agreed, s.Mismatches, s.Resolved);
        _suspects.UnionWith(s.Suspects);
        _outvoted.UnionWith(s.Outvoted);
    }
}
