using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Expressivity.Actors.Metrics;

/// <summary>
/// The product's metrics (meter <c>Expressivity.Cluster</c>): units completed (counter), and per sweep
/// the smoothed rate, ETA, in-flight leases, progress, and per-worker throughput (gauges). Actors
/// publish plain numbers here from their own thread; the exporter reads them on its own schedule.
/// </summary>
public static class SweepMetrics
{
    /// <summary>Meter name to enable in exporters.</summary>
    public const string MeterName = "Expressivity.Cluster";

    private static readonly Meter Meter = new(MeterName, "1.0");
    private static readonly ConcurrentDictionary<string, SweepGauges> Sweeps = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<(string Sweep, string Worker), double> WorkerRates = new();

    private static readonly Counter<long> UnitsCompleted = Meter.CreateCounter<long>("expressivity.units.completed", "{unit}", "Unit completions persisted by coordinators");
    private static readonly Counter<long> UnitsRun = Meter.CreateCounter<long>("expressivity.worker.units.run", "{unit}", "Units a worker finished running");

    static SweepMetrics()
    {
        Meter.CreateObservableGauge("expressivity.sweep.rate", () => Each(g => g.Rate), "{unit}/s", "Smoothed unit completion rate");
        Meter.CreateObservableGauge("expressivity.sweep.eta", () => Each(g => g.EtaSeconds ?? double.NaN), "s", "Estimated seconds to the end of the stage");
        Meter.CreateObservableGauge("expressivity.sweep.inflight", () => Each(g => g.InFlight), "{unit}", "Units leased to workers");
        Meter.CreateObservableGauge("expressivity.sweep.units.done", () => Each(g => g.Done), "{unit}", "Units done in the current stage");
        Meter.CreateObservableGauge("expressivity.sweep.units.total", () => Each(g => g.Total), "{unit}", "Units in the current stage");
        Meter.CreateObservableGauge("expressivity.worker.throughput", () => WorkerRates.Select(kv =>
            new Measurement<double>(kv.Value, new KeyValuePair<string, object?>("sweep", kv.Key.Sweep), new KeyValuePair<string, object?>("worker", kv.Key.Worker))),
            "{unit}/s", "Smoothed completions per worker as the coordinator sees them");
    }

    /// <summary>A coordinator persisted one completion.</summary>
    public static void Completed(string sweepId) => UnitsCompleted.Add(1, new KeyValuePair<string, object?>("sweep", sweepId));

    /// <summary>A worker finished running one unit.</summary>
    public static void Ran(string workerId) => UnitsRun.Add(1, new KeyValuePair<string, object?>("worker", workerId));

    /// <summary>A coordinator's latest numbers.</summary>
    public static void Publish(string sweepId, double rate, double? etaSeconds, int inFlight, long done, long total, IEnumerable<(string Worker, double Rate)> workers)
    {
        Sweeps[sweepId] = new SweepGauges(rate, etaSeconds, inFlight, done, total);
        foreach (var (worker, r) in workers) WorkerRates[(sweepId, worker)] = r;
    }

    /// <summary>The coordinator stopped: its gauges go away.</summary>
    public static void Forget(string sweepId)
    {
        Sweeps.TryRemove(sweepId, out _);
        foreach (var key in WorkerRates.Keys.Where(k => k.Sweep == sweepId).ToList()) WorkerRates.TryRemove(key, out _);
    }

    private static IEnumerable<Measurement<double>> Each(Func<SweepGauges, double> value) =>
        Sweeps.Select(kv => new Measurement<double>(value(kv.Value), new KeyValuePair<string, object?>("sweep", kv.Key)));

    private sealed record SweepGauges(double Rate, double? EtaSeconds, int InFlight, long Done, long Total);
}
