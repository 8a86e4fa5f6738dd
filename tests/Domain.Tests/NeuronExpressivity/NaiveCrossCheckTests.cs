using Expressivity.Domain.NeuronExpressivity;
using Xunit;

namespace Expressivity.Domain.Tests.NeuronExpressivity;

/// <summary>The map/reduce count equals a single naive HashSet over all weight vectors, family by family.</summary>
public class NaiveCrossCheckTests
{
    public static TheoryData<int, string, string, string> Families() => new()
    {
        // n, weights (spec JSON), threshold (spec JSON), inputs
        { 4, """{"min":-2,"max":2}""", "\"any\"", "binary" },
        { 4, """{"min":-2,"max":2}""", "\"any\"", "bipolar" },
        { 3, """{"min":-1,"max":3}""", "\"any\"", "binary" },
        { 4, """{"set":[-3,1,2]}""", "\"any\"", "binary" },
        { 3, """{"set":[-5,0,7]}""", "\"any\"", "bipolar" },
        { 4, """{"min":-2,"max":2}""", """{"value":1}""", "binary" },
        { 4, """{"min":-2,"max":2}""", """{"value":0}""", "bipolar" },
        { 4, """{"set":[-2,-1,1,2]}""", """{"value":-1}""", "bipolar" },
        { 4, """{"min":-2,"max":2}""", """{"min":-1,"max":2}""", "binary" },
        { 4, """{"min":-3,"max":1}""", """{"min":0,"max":3}""", "bipolar" },
        { 3, """{"set":[2,5]}""", """{"min":3,"max":6}""", "binary" },
        { 2, """{"set":[-700,0,900]}""", "\"any\"", "binary" },
        { 7, """{"set":[-1,0,1]}""", """{"min":-2,"max":2}""", "binary" },
    };

    [Theory]
    [MemberData(nameof(Families))]
    public void MapReduceMatchesNaiveHashSet(int n, string weights, string threshold, string inputs)
    {
        var spec = NeuronRun.Spec(n, weights, threshold, inputs);
        var parsed = (NeuronExpressivitySpec)Domain.Sweeps.SweepDefinition.Parse(spec).Spec;
        var values = Enumerable.Range(0, (int)parsed.Weights.Count).Select(i => parsed.Weights.ValueAt(i)).ToArray();
        var expected = NaiveCount.Distinct(n, values, parsed.Inputs, parsed.Threshold.Low, parsed.Threshold.High);
        Assert.Equal(expected, NeuronRun.Distinct(spec));
    }
}
