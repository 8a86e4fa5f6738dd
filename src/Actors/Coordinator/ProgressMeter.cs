namespace Expressivity.Actors.Coordinator;

/// <summary>
/// Completion rate as an exponentially weighted moving average over time (half-life a few seconds),
/// overall and per worker; in memory only, so per coordinator incarnation, and reset for each run of the sweep.
/// </summary>
public sealed class ProgressMeter(TimeSpan halfLife)
{
    private readonly Dictionary<string, WorkerStats> _workers = new(StringComparer.Ordinal);
    private double _rate;
    private DateTime? _last;

    /// <summary>Smoothed completions per second over all workers.</summary>
    public double RatePerSecond(DateTime now) => Decayed(_rate, _last, now);

    /// <summary>Records one completion by <paramref name="worker"/> at <paramref name="now"/>.</summary>
    public void Record(string worker, DateTime now)
    {
        (_rate, _last) = Bump(_rate, _last, now);
        var w = _workers.TryGetValue(worker, out var s) ? s : new WorkerStats();
        (w.Rate, w.Last) = Bump(w.Rate, w.Last, now);
        w.Done++;
        w.Seen = now;
        _workers[worker] = w;
    }

    /// <summary>Notes that a worker was heard from (heartbeat or request).</summary>
    public void Seen(string worker, DateTime now)
    {
        var w = _workers.TryGetValue(worker, out var s) ? s : new WorkerStats();
        w.Seen = now;
        _workers[worker] = w;
    }

    /// <summary>Forgets every figure: a new run (start, fresh start, restart after a failure or a cancel) counts from zero.</summary>
    public void Reset()
    {
        _workers.Clear();
        _rate = 0;
        _last = null;
    }

    /// <summary>Forgets one worker (its process is gone), so status lists no ghosts.</summary>
    public void Forget(string worker) => _workers.Remove(worker);

    /// <summary>Per worker: units done, smoothed rate, time since last heard.</summary>
    public IEnumerable<(string Worker, long Done, double Rate, double SecondsSinceSeen)> Workers(DateTime now) =>
        _workers.Select(kv => (kv.Key, kv.Value.Done, Decayed(kv.Value.Rate, kv.Value.Last, now), (now - kv.Value.Seen).TotalSeconds));

    private (double Rate, DateTime Last) Bump(double rate, DateTime? last, DateTime now)
    {
        if (last is null) return (1.0 / halfLife.TotalSeconds, now);
        // Each event adds an impulse of weight ln2/halfLife, so a steady stream converges to its true rate.
        var decayed = Decayed(rate, last, now);
        return (decayed + Math.Log(2) / halfLife.TotalSeconds, now);
    }

    private double Decayed(double rate, DateTime? last, DateTime now) =>
        last is null ? 0 : rate * Math.Pow(0.5, Math.Max(0, (now - last.Value).TotalSeconds) / halfLife.TotalSeconds);

    private sealed class WorkerStats
    {
        public double Rate;
        public DateTime? Last;
        public long Done;
        public DateTime Seen;
    }
}
