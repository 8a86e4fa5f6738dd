using System.Text.Json;
using System.Text.Json.Nodes;
using Expressivity.Actors.Coordinator;
using Expressivity.Actors.Tests.Support;
using Expressivity.Domain.Sweeps;
using Expressivity.TestSupport;
using Xunit;

namespace Expressivity.Actors.Tests.Cluster;

/// <summary>A sweep failed by a fault that has since gone resumes on the next start without --fresh, keeping its completed units.</summary>
public sealed class RetryAfterFailureTests
{
    static RetryAfterFailureTests() => SweepCatalog.Register(FlakyKind.Instance);

    [Fact]
    public async Task Failed_sweep_started_again_keeps_its_completed_units_and_finishes_exactly()
    {
        using var dir = new TempDirectory();
        var def = SweepDefinition.Parse("""{"kind":"test-flaky","units":6}""");
        await using var node = await EmbeddedNode.Start(dir.Path, coordinator: new CoordinatorOptions { MaxUnitAttempts = 2 });
        FlakyKind.Broken = true;
        Assert.True((await node.Start(def.Id, def.NormalJson)).Ok);
        var failed = await node.WaitFor(def.Id, s => SweepPhase.IsFinal(s.State));
        Assert.Equal(SweepPhase.Failed, failed.State);
        Assert.Contains("the disk is away", failed.Error);
        Assert.Equal(6, failed.UnitsDoneAllStages);

        FlakyKind.Broken = false;
        var retried = await node.Start(def.Id, def.NormalJson);
        Assert.True(retried.Ok, retried.Message);
        Assert.StartsWith("retrying after failure", retried.Message);
        var done = await node.WaitFor(def.Id, s => SweepPhase.IsFinal(s.State));
        Assert.Equal(SweepPhase.Completed, done.State);
        Assert.Contains("\"read\":\"6\"", done.ResultJson);
        Assert.Equal(7, done.UnitsDoneAllStages); // the six map units were not run again
        Assert.Equal(0, done.RecomputedUnits);
    }

    /// <summary>Stage 0: n units each storing one blob; stage 1: one unit counting the blobs, failing while <see cref="Broken"/>.</summary>
    private sealed class FlakyKind : ISweepKind
    {
        public static readonly FlakyKind Instance = new();

        public static volatile bool Broken;

        public string Name => "test-flaky";

        public string Summary => "machinery test: a reduce that fails while storage is 'away'";

        public ISweepSpec Parse(JsonElement spec)
        {
            var o = new SpecObject(spec);
            o.String("kind");
            var result = new Spec((int)o.Integer("units", 1, 1, 100));
            o.EnsureNoUnknownFields();
            return result;
        }

        public SweepCost Estimate(ISweepSpec spec) => new(((Spec)spec).Units + 1, 0, 0, 0, "units");

        public IReadOnlyList<WorkUnit> Plan(ISweepSpec spec, int stage, Partial soFar) => stage switch
        {
            0 => Enumerable.Range(0, ((Spec)spec).Units).Select(i => new WorkUnit($"m{i}", 0, "")).ToList(),
            1 => [new WorkUnit("reduce", 1, "")],
            _ => [],
        };

        public UnitOutcome Run(ISweepSpec spec, WorkUnit unit, UnitContext context)
        {
            if (unit.Stage == 0)
            {
                context.Store.PutUnit(context.SweepId, unit.Id, new Dictionary<int, byte[]> { [0] = [1] });
                return new UnitOutcome.Completed(Partial.Of((Counter.Sum("stored"), 1)));
            }

            if (Broken) throw new InvalidOperationException("the disk is away");
            return new UnitOutcome.Completed(Partial.Of((Counter.Sum("read"), context.Store.ReadBucket(context.SweepId, 0).Count())));
        }

        public SweepReport Report(ISweepSpec spec, Partial total) =>
            new(new JsonObject { ["read"] = total["read"].ToString(System.Globalization.CultureInfo.InvariantCulture) }, []);

        private sealed record Spec(int Units) : ISweepSpec
        {
            public string Kind => "test-flaky";

            public JsonObject ToNormalJson() => new() { ["kind"] = Kind, ["units"] = Units };
        }
    }
}
