namespace Expressivity.Domain.Sweeps;

/// <summary>
/// The store a validation replica runs against: reads go to the real store (a later-stage unit reads what
/// earlier stages stored), writes are only digested and never stored, so a replica cannot overwrite the
/// data of the unit it checks. <see cref="Written"/> is compared with the primary run's digest.
/// </summary>
public sealed class DryRunPartialStore(IPartialStore inner) : IPartialStore
{
    /// <summary>The digest of what the replica would have stored, or null when it stored nothing.</summary>
    public PartialDigest? Written { get; private set; }

    /// <inheritdoc />
    public void PutUnit(string sweepId, string unitId, IReadOnlyDictionary<int, byte[]> buckets) => Written = PartialDigest.Of(buckets);

    /// <inheritdoc />
    public IEnumerable<byte[]> ReadBucket(string sweepId, int bucket) => inner.ReadBucket(sweepId, bucket);

    /// <inheritdoc />
    public IEnumerable<StoredPartial> ReadSweep(string sweepId) => inner.ReadSweep(sweepId);

    /// <inheritdoc />
    public void DeleteSweep(string sweepId) => throw new InvalidOperationException("a validation replica never deletes a sweep");

    /// <inheritdoc />
    public PartialInventory Inventory(string sweepId) => inner.Inventory(sweepId);
}
