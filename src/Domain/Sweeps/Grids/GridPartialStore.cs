namespace Expressivity.Domain.Sweeps.Grids;

/// <summary>
/// The partial store as one grid configuration's unit sees it: its unit ids carry the grid prefix and its
/// bucket b is bucket c·<see cref="ConfigurationGrid{TSpec}.BucketStride"/> + b, so configurations never
/// read each other's data, and what is stored is keyed by the unit id the coordinator knows (its audits
/// and checkpoints see ordinary rows).
/// </summary>
/// <param name="inner">The worker's store.</param>
/// <param name="configuration">The configuration index c.</param>
/// <param name="unitPrefix">The grid prefix of the running unit's id, <c>grid/&lt;c&gt;/</c>.</param>
public sealed class GridPartialStore(IPartialStore inner, int configuration, string unitPrefix) : IPartialStore
{
    private const int Stride = ConfigurationGrid<ISweepSpec>.BucketStride;

    /// <inheritdoc />
    public void PutUnit(string sweepId, string unitId, IReadOnlyDictionary<int, byte[]> buckets) =>
        inner.PutUnit(sweepId, unitPrefix + unitId, buckets.ToDictionary(kv => Outer(kv.Key), kv => kv.Value));

    /// <inheritdoc />
    public IEnumerable<byte[]> ReadBucket(string sweepId, int bucket) => inner.ReadBucket(sweepId, Outer(bucket));

    /// <inheritdoc />
    /// <remarks>The whole sweep's rows: only checkpoints read them, never a unit.</remarks>
    public IEnumerable<StoredPartial> ReadSweep(string sweepId) => inner.ReadSweep(sweepId);

    /// <inheritdoc />
    public void DeleteSweep(string sweepId) => throw new InvalidOperationException("a grid configuration's unit cannot delete the sweep's partials");

    /// <inheritdoc />
    public PartialInventory Inventory(string sweepId) => inner.Inventory(sweepId);

    private int Outer(int bucket) =>
        bucket is >= 0 and < Stride ? checked((configuration * Stride) + bucket) : throw new ArgumentOutOfRangeException(nameof(bucket), bucket, $"a grid configuration's buckets are 0..{Stride - 1}");
}
