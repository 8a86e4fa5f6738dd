using Xunit;

namespace Expressivity.Domain.Tests.NeuronExpressivity;

/// <summary>Method canonical against brute force on the same spec, every family shape, N = 1..6.</summary>
public class CanonicalBruteTests
{
    public static TheoryData<string, string, string> Families()
    {
        var data = new TheoryData<string, string, string>();
        string[] weights =
        [
            """{"set":[0,1]}""", """{"set":[-1,1]}""", """{"set":[-1,0,1]}""", """{"min":-2,"max":2}""",
            """{"min":0,"max":3}""", """{"min":-1,"max":2}""", """{"min":-3,"max":1}""", """{"min":1,"max":3}""",
            """{"set":[-2,1]}""", """{"set":[-3,-1,1,2,3]}""", """{"set":[-1,2,5]}""", """{"min":-4,"max":4}""",
            """{"set":[-1,1,3]}""", """{"set":[0,2,3]}""",
        ];
        string[] thresholds = ["\"any\"", """{"value":0}""", """{"value":2}""", """{"value":-1}""", """{"min":-1,"max":2}"""];
        foreach (var w in weights)
        {
            foreach (var t in thresholds)
            {
                data.Add(w, t, "binary");
                data.Add(w, t, "bipolar");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void CanonicalMatchesBruteForceUpToSixInputs(string weights, string threshold, string inputs)
    {
        var maxN = weights.Contains("-4", StringComparison.Ordinal) ? 5 : 6;
        for (var n = 1; n <= maxN; n++)
        {
            var brute = NeuronRun.Distinct(NeuronRun.Spec(n, weights, threshold, inputs, "brute"));
            var canonical = NeuronRun.Distinct(NeuronRun.Spec(n, weights, threshold, inputs, "canonical"));
            Assert.True(brute == canonical, $"n = {n}: brute {brute}, canonical {canonical}");
        }
    }
}
