namespace Expressivity.Actors.Coordinator;

/// <summary>Settings of every sweep coordinator (bound from configuration section <c>Coordinator</c>).</summary>
public sealed record CoordinatorOptions
{
    /// <summary>A lease not renewed by a heartbeat for this long returns its unit to the queue. Default 30 s; 2 s .. 1 h.</summary>
    public TimeSpan LeaseTime { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>A snapshot is saved after this many completions. Default 200; 1 .. 100000.</summary>
    public int SnapshotEvery { get; init; } = 200;

    /// <summary>A unit whose kernel throws this many times fails the sweep. Default 3; 1 .. 100.</summary>
    public int MaxUnitAttempts { get; init; } = 3;

    /// <summary>
    /// A journal fault (server restarting, disk full, read-only file) is retried this many times, with
    /// backoff from 1 s doubling to 30 s, before the sweep is reported failed with the cause. Default 5; 0 .. 100.
    /// </summary>
    public int JournalRetries { get; init; } = 5;

    /// <summary>
    /// The fraction of completed units computed again on a different worker and compared exactly (a mismatch
    /// goes to a third worker; the majority wins). Default 0 (off); 0 .. 1. See docs/design/validation.md.
    /// </summary>
    public double ValidateFraction { get; init; }

    /// <summary>Half-life of the smoothed completion rate. Default 5 s.</summary>
    public TimeSpan RateHalfLife { get; init; } = TimeSpan.FromSeconds(5);
}
