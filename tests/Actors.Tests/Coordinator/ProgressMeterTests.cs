using Expressivity.Actors.Coordinator;
using Xunit;

namespace Expressivity.Actors.Tests.Coordinator;

public sealed class ProgressMeterTests
{
    private static readonly DateTime T0 = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_new_run_counts_from_zero_and_a_lost_worker_is_forgotten()
    {
        var meter = new ProgressMeter(TimeSpan.FromSeconds(5));
        meter.Record("a:1/1", T0);
        meter.Record("a:1/1", T0.AddSeconds(1));
        meter.Record("b:1/2", T0.AddSeconds(1));

        meter.Forget("b:1/2");
        Assert.Equal([("a:1/1", 2L)], meter.Workers(T0.AddSeconds(2)).Select(w => (w.Worker, w.Done)));

        meter.Reset();
        Assert.Empty(meter.Workers(T0.AddSeconds(2)));
        Assert.Equal(0, meter.RatePerSecond(T0.AddSeconds(2)));
        meter.Record("a:1/1", T0.AddSeconds(3));
        Assert.Equal(1, Assert.Single(meter.Workers(T0.AddSeconds(3))).Done);
    }
}
