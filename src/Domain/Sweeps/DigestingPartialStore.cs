namespace Expressivity.Domain.Sweeps;

/// <summary>
/// Wraps a store for one running unit and remembers the <see cref="PartialDigest"/> of what the unit
/// wrote, so the completion reported to the coordinator (and persisted in the journal) carries it.
/// </summary>
public sealed class DigestingPartialStore(IPartialStore inner) : IPartialStore
{
    /// <summary>The digest of the last <see cref="PutUnit"/>, or null when the unit stored nothing.</summary>
    public PartialDigest? Written { get; private set; }

    /// <inheritdoc />
    public void PutUnit(string sweepId, string unitId, IReadOnlyDictionary<int, byte[]> buckets)
    {
        inner.PutUnit(sweepId, unitId, buckets);
        Written = PartialDigest.Of(buckets);
    }

    /// <inheritdoc />
    public IEnumerable<byte[]> ReadBucket(string sweepId, int bucket) => inner.ReadBucket(sweepId, bucket);

    /// <inheritdoc />
    public IEnumerable<StoredPartial> ReadSweep(string sweepId) => inner.ReadSweep(sweepId);

    /// <inheritdoc />
    public void DeleteSweep(string sweepId) => inner.DeleteSweep(sweepId);

    /// <inheritdoc />
    public PartialInventory Inventory(string sweepId) => inner.Inventory(sweepId);
}
