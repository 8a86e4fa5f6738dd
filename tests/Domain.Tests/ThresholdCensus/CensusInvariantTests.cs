using System.Numerics;
using Expressivity.Domain.Sweeps;
using Expressivity.Domain.ThresholdCensus;
using Xunit;

namespace Expressivity.Domain.Tests.ThresholdCensus;

/// <summary>A census total that breaks a known value or the E(N, K) structure is refused, naming the invariant.</summary>
public sealed class CensusInvariantTests
{
    private static readonly ThresholdCensusKind Kind = new();

    private static (ThresholdCensusSpec Spec, Partial Total) Run(string json)
    {
        var def = SweepDefinition.Parse(json);
        return ((ThresholdCensusSpec)def.Spec, LocalRunner.RunToPartial(def, threads: 1));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(5)]
    public void A_correct_census_passes(int n)
    {
        var (spec, total) = Run($$"""{"kind":"threshold-census","n":{{n}}}""");
        Assert.Null(Kind.CheckTotal(spec, total));
    }

    [Fact]
    public void A_wrong_total_is_refused_naming_A000609()
    {
        var (spec, total) = Run("""{"kind":"threshold-census","n":4}""");
        var wrong = total.Merge(Partial.Of((ThresholdCensusCounters.Functions, 2)));
        Assert.Equal("T(N) = A000609: N = 4 gave 1884, the public value is 1882", Kind.CheckTotal(spec, wrong));
    }

    [Fact]
    public void A_wrong_count_of_positive_functions_is_refused_naming_A002078()
    {
        var (spec, total) = Run("""{"kind":"threshold-census","n":4}""");
        Assert.Equal("positive functions = A002078: N = 4 gave 151, the public value is 150",
            Kind.CheckTotal(spec, total.Merge(Partial.Of((ThresholdCensusCounters.Positive, 1)))));
    }

    [Fact]
    public void Beyond_the_public_values_the_structure_is_still_checked()
    {
        var spec = new ThresholdCensusSpec(10, 3);
        // N = 10: T(10) is unknown; only A001532 (self-dual classes) is public there.
        var ok = Partial.Of((ThresholdCensusCounters.Functions, 1000), (ThresholdCensusCounters.Classes, 10), (ThresholdCensusCounters.SelfDual, 52980624),
            (ThresholdCensusCounters.Bound(1), 20), (ThresholdCensusCounters.Bound(2), 400));
        Assert.Null(ThresholdCensusInvariants.Check(spec, ok));
        Assert.Equal("T(N) even (f and not f pair up): 1001 is odd",
            ThresholdCensusInvariants.Check(spec, ok.Merge(Partial.Of((ThresholdCensusCounters.Functions, 1)))));
        Assert.Equal("E(N, K) non-decreasing in K: E(N, 3) = 300 < E(N, 2) = 400",
            ThresholdCensusInvariants.Check(spec, ok.Merge(Partial.Of((ThresholdCensusCounters.Bound(3), 300)))));
        Assert.Equal("E(N, K) ≤ T(N): E(N, 3) = 1002 > 1000",
            ThresholdCensusInvariants.Check(spec, ok.Merge(Partial.Of((ThresholdCensusCounters.Bound(3), 1002)))));
        Assert.Equal("E(N, K) for K = 1, 2, …: K = 3 is missing (next is 4)",
            ThresholdCensusInvariants.Check(spec, ok.Merge(Partial.Of((ThresholdCensusCounters.Bound(4), 600)))));
        Assert.Equal("classes ≤ functions: 1001 classes but 1000 functions",
            ThresholdCensusInvariants.Check(spec, ok.Merge(Partial.Of((ThresholdCensusCounters.Classes, new BigInteger(991))))));
    }

    [Fact]
    public void The_local_runner_fails_instead_of_reporting_a_broken_total()
    {
        var def = SweepDefinition.FromSpec(new LyingCensus(), new ThresholdCensusSpec(3, 2));
        var e = Assert.Throws<InvalidDataException>(() => LocalRunner.Run(def, threads: 1));
        Assert.Equal("integrity check failed: T(N) = A000609: N = 3 gave 106, the public value is 104", e.Message);
    }

    /// <summary>The census with one search unit over-counting by two functions (a faulty worker's kernel).</summary>
    private sealed class LyingCensus : SweepKind<ThresholdCensusSpec>
    {
        private readonly ThresholdCensusKind _inner = new();

        public override string Name => "test-lying-census";

        public override string Summary => "test";

        public override ThresholdCensusSpec Parse(System.Text.Json.JsonElement spec) => (ThresholdCensusSpec)_inner.Parse(spec);

        public override SweepCost Estimate(ThresholdCensusSpec spec) => _inner.Estimate(spec);

        public override IReadOnlyList<WorkUnit> Plan(ThresholdCensusSpec spec, int stage, Partial soFar) => _inner.Plan(spec, stage, soFar);

        public override UnitOutcome Run(ThresholdCensusSpec spec, WorkUnit unit, UnitContext context) => _inner.Run(spec, unit, context) switch
        {
            UnitOutcome.Completed c when unit.Stage == 0 => new UnitOutcome.Completed(c.Result.Merge(Partial.Of((ThresholdCensusCounters.Functions, 2)))),
            var other => other,
        };

        public override string? CheckTotal(ThresholdCensusSpec spec, Partial total) => _inner.CheckTotal(spec, total);

        public override SweepReport Report(ThresholdCensusSpec spec, Partial total) => _inner.Report(spec, total);
    }
}
