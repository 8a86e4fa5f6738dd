namespace Expressivity.Actors.Workers;

/// <summary>Settings of a worker node (configuration section <c>Worker</c>).</summary>
public sealed record WorkerOptions
{
    /// <summary>Units run at once; 0 (default) means one per core.</summary>
    public int Capacity { get; init; }

    /// <summary>How often an idle worker asks for work and refreshes the list of running sweeps. Default 500 ms.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How often running units' leases are renewed and unacknowledged reports resent. Default 3 s.</summary>
    public TimeSpan HeartbeatInterval { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Optional file that records every unit this process starts (for audits and the resume test).</summary>
    public string? UnitLogPath { get; init; }

    /// <summary>
    /// How long a unit that failed on a transient storage fault (database restarting, connection cut) is
    /// retried in place before it is reported failed. Default 2 min; zero reports such faults at once.
    /// </summary>
    public TimeSpan TransientRetryTime { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// When the node leaves the cluster (SIGTERM, <c>cluster leave</c>), how long running units may take to
    /// finish and be acknowledged; units still running then are handed back to their coordinators. Default 60 s.
    /// </summary>
    public TimeSpan DrainTime { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The effective capacity.</summary>
    public int EffectiveCapacity => Capacity > 0 ? Capacity : Environment.ProcessorCount;
}
