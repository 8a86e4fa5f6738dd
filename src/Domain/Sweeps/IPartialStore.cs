namespace Expressivity.Domain.Sweeps;

/// <summary>
/// Durable storage for large per-unit data keyed by (sweep, unit, bucket), e.g. the distinct truth
/// tables one unit found, hash-partitioned into buckets for a later reduce stage. Writes are upserts,
/// so re-running a unit is harmless. Implementations: SQLite (embedded) and PostgreSQL (cluster).
/// </summary>
public interface IPartialStore
{
    /// <summary>Replaces every bucket of one unit at once (atomically): unit re-runs never leave a mix.</summary>
    void PutUnit(string sweepId, string unitId, IReadOnlyDictionary<int, byte[]> buckets);

    /// <summary>All blobs stored for one bucket of a sweep, one per unit that wrote to it, in no set order.</summary>
    IEnumerable<byte[]> ReadBucket(string sweepId, int bucket);

    /// <summary>Every row stored for a sweep, ordered by unit then bucket (checkpoint export).</summary>
    IEnumerable<StoredPartial> ReadSweep(string sweepId);

    /// <summary>Removes everything stored for a sweep (a fresh start).</summary>
    void DeleteSweep(string sweepId);

    /// <summary>
    /// Every unit stored for a sweep with its <see cref="PartialDigest"/> recomputed from the stored bytes
    /// (reads everything; run it off actor threads). A store whose file is damaged beyond reading
    /// quarantines it, starts empty and says so in <see cref="PartialInventory.Note"/>.
    /// </summary>
    PartialInventory Inventory(string sweepId);
}
