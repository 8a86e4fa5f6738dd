using Expressivity.Actors.Protocol;

namespace Expressivity.Actors.Coordinator.Validation;

/// <summary>
/// Replica runs waiting for a worker or leased to one, each with the workers that must not run it (those
/// that computed the unit already). In memory only, like <see cref="LeaseBook"/>: after a restart the
/// coordinator derives the open replica runs from the journal again. Pure and clock-injected.
/// </summary>
public sealed class ReplicaBook(TimeSpan leaseTime)
{
    private readonly List<Entry> _pending = [];
    private readonly Dictionary<string, (Entry Entry, string Worker, DateTime Deadline)> _leased = new(StringComparer.Ordinal);

    /// <summary>Runs waiting for a worker.</summary>
    public int PendingCount => _pending.Count;

    /// <summary>Runs leased (including those the coordinator runs itself).</summary>
    public int LeasedCount => _leased.Count;

    /// <summary>True when a run of the unit is waiting or leased.</summary>
    public bool Contains(string unitId) => _leased.ContainsKey(unitId) || _pending.Any(e => e.Task.Unit.Id == unitId);

    /// <summary>Forgets everything.</summary>
    public void Reset()
    {
        _pending.Clear();
        _leased.Clear();
    }

    /// <summary>Queues a run unless one of the unit is already queued or leased.</summary>
    public void Add(ReplicaTask task, IEnumerable<string> excluded)
    {
        if (Contains(task.Unit.Id)) return;
        _pending.Add(new Entry(task, excluded.ToHashSet(StringComparer.Ordinal)));
    }

    /// <summary>Leases up to <paramref name="max"/> waiting runs that <paramref name="worker"/> may do.</summary>
    public IReadOnlyList<ReplicaTask> Take(string worker, int max, DateTime now)
    {
        var taken = new List<ReplicaTask>();
        foreach (var entry in _pending.Where(e => !e.Excluded.Contains(worker)).Take(max).ToList())
        {
            _pending.Remove(entry);
            _leased[entry.Task.Unit.Id] = (entry, worker, now + leaseTime);
            taken.Add(entry.Task);
        }

        return taken;
    }

    /// <summary>Waiting runs that none of <paramref name="workers"/> may do: the coordinator runs them itself.</summary>
    public IReadOnlyList<ReplicaTask> Orphans(IReadOnlyCollection<string> workers) =>
        _pending.Where(e => workers.All(e.Excluded.Contains)).Select(e => e.Task).ToList();

    /// <summary>Leases a waiting run to the coordinator itself, without deadline (it is not lost while the coordinator lives).</summary>
    public void TakeLocal(string unitId, string localWorker)
    {
        var entry = _pending.FirstOrDefault(e => e.Task.Unit.Id == unitId);
        if (entry is null) return;
        _pending.Remove(entry);
        _leased[unitId] = (entry, localWorker, DateTime.MaxValue);
    }

    /// <summary>The run of round <paramref name="round"/> is reported: drop it. False when no such run was open.</summary>
    public bool Complete(string unitId, int round)
    {
        if (_leased.TryGetValue(unitId, out var lease) && lease.Entry.Task.Round == round) return _leased.Remove(unitId);
        var entry = _pending.FirstOrDefault(e => e.Task.Unit.Id == unitId && e.Task.Round == round);
        return entry is not null && _pending.Remove(entry);
    }

    /// <summary>Extends the worker's leases on these units.</summary>
    public void Extend(string worker, IEnumerable<string> unitIds, DateTime now)
    {
        foreach (var id in unitIds)
        {
            if (_leased.TryGetValue(id, out var lease) && lease.Worker == worker) _leased[id] = lease with { Deadline = now + leaseTime };
        }
    }

    /// <summary>Returns every lease of <paramref name="worker"/> to the queue; the count returned.</summary>
    public int Release(string worker) => Requeue(_leased.Where(kv => kv.Value.Worker == worker).Select(kv => kv.Key).ToList());

    /// <summary>Returns one unit's run to the queue (its worker reported a failure).</summary>
    public void Release(string worker, string unitId)
    {
        if (_leased.TryGetValue(unitId, out var lease) && lease.Worker == worker) Requeue([unitId]);
    }

    /// <summary>Returns expired leases to the queue; the count returned.</summary>
    public int Expire(DateTime now) => Requeue(_leased.Where(kv => kv.Value.Deadline <= now).Select(kv => kv.Key).ToList());

    private int Requeue(List<string> ids)
    {
        foreach (var id in ids)
        {
            _pending.Insert(0, _leased[id].Entry);
            _leased.Remove(id);
        }

        return ids.Count;
    }

    private sealed record Entry(ReplicaTask Task, HashSet<string> Excluded);
}
