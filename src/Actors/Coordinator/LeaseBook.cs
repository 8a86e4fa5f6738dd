using Expressivity.Domain.Sweeps;

namespace Expressivity.Actors.Coordinator;

/// <summary>
/// Which outstanding unit is leased to which worker until when. Held in memory only: after a
/// coordinator restart every outstanding unit is simply pending again (workers still running one
/// re-adopt it through their heartbeat). Pure and clock-injected, so it is unit-tested directly.
/// </summary>
public sealed class LeaseBook
{
    private readonly LinkedList<WorkUnit> _pending = new();
    private readonly Dictionary<string, LinkedListNode<WorkUnit>> _pendingById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (WorkUnit Unit, string Worker, DateTime Deadline)> _leased = new(StringComparer.Ordinal);

    /// <summary>How long a lease lasts without a heartbeat.</summary>
    public TimeSpan LeaseTime { get; }

    /// <summary>Creates an empty book.</summary>
    public LeaseBook(TimeSpan leaseTime) => LeaseTime = leaseTime;

    /// <summary>Units waiting for a worker.</summary>
    public int PendingCount => _pending.Count;

    /// <summary>Units currently leased.</summary>
    public int LeasedCount => _leased.Count;

    /// <summary>Leased units per worker.</summary>
    public IReadOnlyDictionary<string, int> LeasedByWorker =>
        _leased.Values.GroupBy(l => l.Worker).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>Forgets everything and queues <paramref name="outstanding"/> in order.</summary>
    public void Reset(IEnumerable<WorkUnit> outstanding)
    {
        _pending.Clear();
        _pendingById.Clear();
        _leased.Clear();
        foreach (var u in outstanding) AddPending(u, atFront: false);
    }

    /// <summary>Queues new units (run-time splits) at the back.</summary>
    public void Add(IEnumerable<WorkUnit> units)
    {
        foreach (var u in units) AddPending(u, atFront: false);
    }

    /// <summary>Leases up to <paramref name="max"/> pending units to <paramref name="worker"/>.</summary>
    public IReadOnlyList<WorkUnit> Take(string worker, int max, DateTime now)
    {
        var taken = new List<WorkUnit>();
        while (taken.Count < max && _pending.First is { } node)
        {
            _pending.RemoveFirst();
            _pendingById.Remove(node.Value.Id);
            _leased[node.Value.Id] = (node.Value, worker, now + LeaseTime);
            taken.Add(node.Value);
        }

        return taken;
    }

    /// <summary>The unit is done: drop its lease or its queue entry.</summary>
    public void Complete(string unitId)
    {
        _leased.Remove(unitId);
        if (_pendingById.Remove(unitId, out var node)) _pending.Remove(node);
    }

    /// <summary>
    /// Extends the worker's leases on these units; a pending unit the worker reports as running is
    /// leased to it (re-adoption after a coordinator restart), so it is not computed twice.
    /// </summary>
    public void Extend(string worker, IEnumerable<string> unitIds, DateTime now)
    {
        foreach (var id in unitIds)
        {
            if (_leased.TryGetValue(id, out var lease))
            {
                if (lease.Worker == worker) _leased[id] = lease with { Deadline = now + LeaseTime };
            }
            else if (_pendingById.Remove(id, out var node))
            {
                _pending.Remove(node);
                _leased[id] = (node.Value, worker, now + LeaseTime);
            }
        }
    }

    /// <summary>Returns every lease of <paramref name="worker"/> to the front of the queue.</summary>
    public int Release(string worker) => Requeue(_leased.Where(kv => kv.Value.Worker == worker).Select(kv => kv.Key).ToList());

    /// <summary>Returns one unit's lease (its worker reported a failure) to the front of the queue.</summary>
    public void Release(string worker, string unitId)
    {
        if (_leased.TryGetValue(unitId, out var lease) && lease.Worker == worker) Requeue([unitId]);
    }

    /// <summary>Returns expired leases to the front of the queue; the count returned.</summary>
    public int Expire(DateTime now) => Requeue(_leased.Where(kv => kv.Value.Deadline <= now).Select(kv => kv.Key).ToList());

    private int Requeue(List<string> ids)
    {
        foreach (var id in ids)
        {
            var unit = _leased[id].Unit;
            _leased.Remove(id);
            AddPending(unit, atFront: true);
        }

        return ids.Count;
    }

    private void AddPending(WorkUnit unit, bool atFront)
    {
        if (_pendingById.ContainsKey(unit.Id) || _leased.ContainsKey(unit.Id)) return;
        _pendingById[unit.Id] = atFront ? _pending.AddFirst(unit) : _pending.AddLast(unit);
    }
}
