using Expressivity.Domain.NeuronExpressivity;
using Expressivity.Domain.NeuronExpressivity.Canonical;
using Expressivity.Domain.Sweeps;
using Xunit;

namespace Expressivity.Domain.Tests.Sweeps;

/// <summary>Cost estimates count units exactly without planning, and sweeps above a limit are refused before any work.</summary>
public sealed class ResourceLimitsTests
{
    [Theory]
    [InlineData("""{"kind":"neuron-expressivity","n":4,"weights":{"min":-3,"max":3}}""")]
    [InlineData("""{"kind":"neuron-expressivity","n":5,"weights":{"set":[-2,1,5]},"threshold":{"value":1}}""")]
    [InlineData("""{"kind":"neuron-expressivity","n":6,"weights":{"min":-15,"max":15},"method":"brute"}""")]
    [InlineData("""{"kind":"neuron-expressivity","n":5,"weights":{"min":0,"max":40},"threshold":{"min":-3,"max":3}}""")]
    public void Brute_force_units_are_counted_exactly(string json)
    {
        var d = SweepDefinition.Parse(json);
        var spec = (NeuronExpressivitySpec)d.Spec;
        var plan = MapPlanner.Plan(spec);
        var (units, walked, _) = NeuronExpressivityCost.BrutePlan(spec);
        Assert.Equal(plan.Count, (int)units);
        Assert.Equal(plan.Sum(u => WeightBox.Parse(u.Payload, spec.N).Count), (long)walked);
        Assert.Equal(plan.Count + TableHash.Buckets, (int)d.Kind.Estimate(spec).Units);
    }

    [Theory]
    [InlineData(5, -3, 3, 1L << 24)]
    [InlineData(8, -4, 4, 1L << 12)]
    [InlineData(12, -2, 2, 1L << 10)]
    [InlineData(7, 0, 9, 1L << 14)]
    public void Canonical_units_are_counted_exactly(int n, int min, int max, long work)
    {
        var kind = new NeuronExpressivityKind(canonicalWorkPerUnit: work);
        var spec = (NeuronExpressivitySpec)kind.Parse(System.Text.Json.JsonDocument.Parse(
            $$"""{"kind":"neuron-expressivity","n":{{n}},"weights":{"min":{{min}},"max":{{max}}},"method":"canonical"}""").RootElement);
        var planned = SortedPrefixPlanner.Plan(CanonicalFamily.For(spec), work).Count;
        Assert.Equal(planned + TableHash.Buckets, (int)kind.Estimate(spec).Units);
    }

    [Theory]
    [InlineData("""{"kind":"snn-regions","box":{"min":-1,"max":1},"network":{"inputs":3,"layers":[[{"weights":[1,1,1],"threshold":1}]]}}""")]
    [InlineData("""{"kind":"snn-regions","box":{"min":-1,"max":1},"random":{"inputs":2,"layers":[2],"count":17}}""")]
    [InlineData("""{"kind":"snn-regions","grid":{"inputs":[1,2],"layers":[[1],[2]],"boxes":[1],"mode":"search","restarts":3,"steps":1}}""")]
    public void Snn_units_are_counted_exactly(string json)
    {
        // Every stage's planned units (a refined network has a merge stage after its cell units).
        var d = SweepDefinition.Parse(json);
        var planned = d.Kind.Plan(d.Spec, 0, Partial.Empty).Count + d.Kind.Plan(d.Spec, 1, Partial.Empty).Count;
        Assert.Equal(planned, (int)d.Kind.Estimate(d.Spec).Units);
    }

    [Fact]
    public void The_issues_canonical_n30_example_is_refused_up_front_naming_field_estimate_and_flag()
    {
        // Issue 8: this spec grew its plan to 5.5 GB before dying; now nothing is planned.
        var d = SweepDefinition.Parse("""{"kind":"neuron-expressivity","n":30,"weights":{"min":-12,"max":12}}""");
        var e = Assert.Throws<SpecException>(() => ResourceLimits.Default.Check(d));
        Assert.Equal("weights", e.Field);
        Assert.Contains("CPU-hours", e.Problem, StringComparison.Ordinal);
        Assert.Contains("--max-", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_issues_275_hour_brute_force_run_is_refused_and_a_raised_limit_lets_it_through()
    {
        var d = SweepDefinition.Parse("""{"kind":"neuron-expressivity","n":7,"weights":{"min":-25,"max":25},"method":"brute"}""");
        var e = Assert.Throws<SpecException>(() => ResourceLimits.Default.Check(d));
        Assert.Equal("weights", e.Field);
        var cost = d.Kind.Estimate(d.Spec);
        Assert.True(cost.CpuHours > 24, cost.ToString());
        var raised = ResourceLimits.Default.With("--max-cpu-hours", "1e9").With("--max-plan-mb", "1e9").With("--max-partial-gb", "1e9");
        Assert.Equal(cost, raised.Check(d));
    }

    [Fact]
    public void Census_of_ten_inputs_is_refused_and_small_sweeps_pass()
    {
        Assert.Equal("n", Assert.Throws<SpecException>(() => ResourceLimits.Default.Check(SweepDefinition.Parse("""{"kind":"threshold-census","n":10}"""))).Field);
        foreach (var json in new[]
        {
            """{"kind":"threshold-census","n":8}""",
            """{"kind":"neuron-expressivity","n":5,"weights":{"min":-5,"max":5}}""",
            """{"kind":"neuron-expressivity","n":6,"weights":{"min":-9,"max":9}}""",
            """{"kind":"neuron-expressivity","n":32,"weights":{"min":-3,"max":3}}""",
        })
        {
            ResourceLimits.Default.Check(SweepDefinition.Parse(json));
        }
    }

    [Fact]
    public void A_huge_weight_set_is_refused_before_its_values_are_read()
    {
        var values = string.Join(",", Enumerable.Range(0, NeuronLimits.MaxWeightSetSize + 1));
        var e = Assert.Throws<SpecException>(() => SweepDefinition.Parse("{\"kind\":\"neuron-expressivity\",\"n\":2,\"weights\":{\"set\":[" + values + "]}}"));
        Assert.Equal("weights.set", e.Field);
    }

    [Theory]
    [InlineData("--max-cpu-hours", "0")]
    [InlineData("--max-plan-mb", "-1")]
    [InlineData("--max-partial-gb", "lots")]
    [InlineData("--max-cpu-hours", "NaN")]
    public void Limit_flags_take_positive_numbers(string flag, string value) =>
        Assert.Contains(flag, Assert.Throws<ArgumentException>(() => ResourceLimits.Default.With(flag, value)).Message, StringComparison.Ordinal);
}
