using System.Collections.Concurrent;

namespace Expressivity.Domain.Sweeps;

/// <summary>A process-local <see cref="IPartialStore"/>: for <see cref="LocalRunner"/>, tests and benchmarks.</summary>
public sealed class InMemoryPartialStore : IPartialStore
{
    private readonly ConcurrentDictionary<(string Sweep, string Unit), IReadOnlyDictionary<int, byte[]>> _units = new();

    /// <inheritdoc />
    public void PutUnit(string sweepId, string unitId, IReadOnlyDictionary<int, byte[]> buckets) =>
        _units[(sweepId, unitId)] = buckets.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray());

    /// <inheritdoc />
    public IEnumerable<byte[]> ReadBucket(string sweepId, int bucket) =>
        _units.Where(kv => kv.Key.Sweep == sweepId)
            .Select(kv => kv.Value.TryGetValue(bucket, out var blob) ? blob : null)
            .OfType<byte[]>()
            .ToList();

    /// <inheritdoc />
    public IEnumerable<StoredPartial> ReadSweep(string sweepId) =>
        _units.Where(kv => kv.Key.Sweep == sweepId)
            .SelectMany(kv => kv.Value.Select(b => new StoredPartial(kv.Key.Unit, b.Key, b.Value.ToArray())))
            .OrderBy(p => p.UnitId, StringComparer.Ordinal).ThenBy(p => p.Bucket)
            .ToList();

    /// <inheritdoc />
    public void DeleteSweep(string sweepId)
    {
        foreach (var key in _units.Keys.Where(k => k.Sweep == sweepId).ToList()) _units.TryRemove(key, out _);
    }

    /// <inheritdoc />
    public PartialInventory Inventory(string sweepId) =>
        new(_units.Where(kv => kv.Key.Sweep == sweepId).ToDictionary(kv => kv.Key.Unit, kv => PartialDigest.Of(kv.Value), StringComparer.Ordinal));

    /// <summary>Forgets one unit's data, as a lost or damaged store would (tests of the audit).</summary>
    public void Lose(string sweepId, string unitId) => _units.TryRemove((sweepId, unitId), out _);
}
