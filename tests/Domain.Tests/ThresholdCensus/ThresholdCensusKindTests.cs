using System.Text.Json.Nodes;
using Expressivity.Domain.Sweeps;
using Expressivity.Domain.ThresholdCensus;
using Xunit;

namespace Expressivity.Domain.Tests.ThresholdCensus;

public class ThresholdCensusKindTests
{
    // SPEC.md 1.2: A000609, A000617, A002078, A000615 (N = 0..7), A001532 (N = 1..7), M(N) (N = 1..7).
    private static readonly string[] Functions = ["2", "4", "14", "104", "1882", "94572", "15028134", "8378070864"];
    private static readonly string[] Classes = ["2", "3", "5", "10", "27", "119", "1113", "29375"];
    private static readonly string[] Positive = ["2", "3", "6", "20", "150", "3287", "244158", "66291591"];
    private static readonly string[] ExactlyN = ["2", "2", "8", "72", "1536", "86080", "14487040", "8274797440"];
    private static readonly string[] SelfDual = ["0", "1", "1", "2", "3", "7", "21", "135"];
    private static readonly int[] MaxWeight = [0, 1, 1, 2, 3, 5, 9, 18];

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void Census_reproduces_the_public_sequences(int n)
    {
        var result = Run($$"""{ "kind": "threshold-census", "n": {{n}} }""");
        Assert.Equal(Functions[n], (string)result["thresholdFunctions"]!);
        Assert.Equal(Classes[n], (string)result["npClasses"]!);
        Assert.Equal(Positive[n], (string)result["positiveFunctions"]!);
        Assert.Equal(ExactlyN[n], (string)result["exactlyN"]!);
        Assert.Equal(SelfDual[n], (string)result["selfDualNpClasses"]!);
        Assert.Equal(MaxWeight[n], (int)result["maxWeight"]!);
        var bounds = result["byWeightBound"]!.AsArray();
        Assert.Equal(MaxWeight[n], bounds.Count);
        if (n > 0) Assert.Equal(Functions[n], (string)bounds[^1]!["functions"]!);
    }

    [Fact]
    public void Census_of_seven_inputs_reproduces_the_public_totals_without_a_weight_bound()
    {
        // The bound stage is left out here: method (a) at N = 7 is covered by SortedWeightEnumerationTests.
        var result = Run("""{ "kind": "threshold-census", "n": 7, "weightBoundLimit": 0 }""");
        Assert.Equal(Functions[7], (string)result["thresholdFunctions"]!);
        Assert.Equal(Classes[7], (string)result["npClasses"]!);
        Assert.Equal(Positive[7], (string)result["positiveFunctions"]!);
        Assert.Equal(ExactlyN[7], (string)result["exactlyN"]!);
        Assert.Equal(SelfDual[7], (string)result["selfDualNpClasses"]!);
        Assert.Null(result["maxWeight"]);
        Assert.Empty(result["byWeightBound"]!.AsArray());
    }

    [Fact]
    public void Weights_up_to_n_suffice_for_five_inputs_but_not_six()
    {
        var five = Run("""{ "kind": "threshold-census", "n": 5 }""")["byWeightBound"]!.AsArray();
        var six = Run("""{ "kind": "threshold-census", "n": 6 }""")["byWeightBound"]!.AsArray();
        Assert.Equal("94572", (string)five[4]!["functions"]!);
        Assert.NotEqual("15028134", (string)six[5]!["functions"]!);
        Assert.Equal("15028134", (string)six[8]!["functions"]!);
    }

    [Fact]
    public void Splitting_into_many_small_units_gives_the_same_totals()
    {
        var kind = new ThresholdCensusKind(nodeBudget: 40);
        var spec = kind.Parse(System.Text.Json.JsonDocument.Parse("""{ "kind": "threshold-census", "n": 5, "weightBoundLimit": 0 }""").RootElement);
        var definition = SweepDefinition.FromSpec(kind, spec);
        var units = 0;
        var queue = new Queue<WorkUnit>(kind.Plan(spec, 0, Partial.Empty));
        var total = Partial.Empty;
        var context = new UnitContext(definition.Id, new InMemoryPartialStore(), CancellationToken.None);
        while (queue.Count > 0)
        {
            units++;
            switch (kind.Run(spec, queue.Dequeue(), context))
            {
                case UnitOutcome.Completed c:
                    total = total.Merge(c.Result);
                    break;
                case UnitOutcome.Split s:
                    total = total.Merge(s.Done);
                    foreach (var child in s.Children) queue.Enqueue(child);
                    break;
            }
        }

        Assert.True(units > 20);
        Assert.Equal(94572, (int)total[ThresholdCensusCounters.Functions]);
        Assert.Equal(119, (int)total[ThresholdCensusCounters.Classes]);
        var whole = LocalRunner.Run(definition, threads: 2);
        Assert.Equal("94572", (string)whole.Result["thresholdFunctions"]!);
        Assert.Null(whole.Result["maxWeight"]);
    }

    [Theory]
    [InlineData("""{ "kind": "threshold-census" }""", "n")]
    [InlineData("""{ "kind": "threshold-census", "n": 11 }""", "n")]
    [InlineData("""{ "kind": "threshold-census", "n": "7" }""", "n")]
    [InlineData("""{ "kind": "threshold-census", "n": 4, "weightBoundLimit": -1 }""", "weightBoundLimit")]
    [InlineData("""{ "kind": "threshold-census", "n": 4, "weights": 3 }""", "weights")]
    public void Invalid_specs_name_the_field(string json, string field)
    {
        var error = Assert.Throws<SpecException>(() => SweepDefinition.Parse(json));
        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void Defaults_are_spelled_out_in_the_normal_form()
    {
        var a = SweepDefinition.Parse("""{ "kind": "threshold-census", "n": 6 }""");
        var b = SweepDefinition.Parse("""{ "n": 6, "weightBoundLimit": 24, "kind": "threshold-census" }""");
        Assert.Equal(a.Id, b.Id);
    }

    private static JsonObject Run(string json) => LocalRunner.Run(SweepDefinition.Parse(json), threads: 2).Result;
}
