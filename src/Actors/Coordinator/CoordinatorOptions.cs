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

    /// <summary>Half-life of the smoothed completion rate. Default 5 s.</summary>
    public TimeSpan RateHalfLife { get; init; } = TimeSpan.FromSeconds(5);
}
