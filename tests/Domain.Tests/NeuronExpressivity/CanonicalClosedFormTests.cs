using System.Numerics;
using Expressivity.Domain.Threshold;
using Xunit;

namespace Expressivity.Domain.Tests.NeuronExpressivity;

/// <summary>Method canonical reproduces the SPEC.md 1.1 closed forms for N = 1..32 and E(N, K) of method (a).</summary>
public class CanonicalClosedFormTests
{
    public static TheoryData<int> UpTo32()
    {
        var data = new TheoryData<int>();
        for (var n = 1; n <= 32; n++) data.Add(n);
        return data;
    }

    [Theory]
    [MemberData(nameof(UpTo32))]
    public void ZeroOneWeights(int n) =>
        AssertClosedForm(NeuronRun.Spec(n, """{"set":[0,1]}""", method: "canonical"), n * BigInteger.Pow(2, n - 1) + 2, "orbits");

    [Theory]
    [MemberData(nameof(UpTo32))]
    public void PlusMinusOneWeights(int n) =>
        AssertClosedForm(NeuronRun.Spec(n, """{"set":[-1,1]}""", method: "canonical"), n * BigInteger.Pow(2, n) + 2, "orbits");

    [Theory]
    [MemberData(nameof(UpTo32))]
    public void TernaryWeights(int n) =>
        AssertClosedForm(NeuronRun.Spec(n, """{"set":[-1,0,1]}""", method: "canonical"), 2 * n * BigInteger.Pow(3, n - 1) + 2, "orbits");

    [Theory]
    [MemberData(nameof(UpTo32))]
    public void BipolarInputsThresholdZero(int n) =>
        AssertClosedForm(NeuronRun.Spec(n, """{"set":[-1,1]}""", """{"value":0}""", "bipolar", "canonical"), BigInteger.Pow(2, n), "orbits");

    [Fact]
    public void TheLargestNStaysExact()
    {
        // n = 62: Chow parameters reach 2^62 and keys use 63 bits per entry.
        const int n = 62;
        AssertClosedForm(NeuronRun.Spec(n, """{"set":[0,1]}""", method: "canonical"), n * BigInteger.Pow(2, n - 1) + 2, "orbits");
        AssertClosedForm(NeuronRun.Spec(n, """{"set":[-1,0,1]}""", method: "canonical"), 2 * n * BigInteger.Pow(3, n - 1) + 2, "orbits");
        AssertClosedForm(NeuronRun.Spec(n, """{"set":[-1,1]}""", """{"value":0}""", "bipolar", "canonical"), BigInteger.Pow(2, n), "orbits");
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    [InlineData(3, 2)]
    [InlineData(4, 3)]
    [InlineData(5, 5)]
    [InlineData(6, 3)]
    [InlineData(7, 2)]
    [InlineData(8, 2)]
    public void SymmetricRangesMatchSortedWeightEnumeration(int n, int k) =>
        Assert.Equal(SortedWeightEnumeration.Count(n, k), NeuronRun.Distinct(NeuronRun.Spec(n, $$"""{"min":{{-k}},"max":{{k}}}""", method: "canonical")));

    [Theory]
    [InlineData("""{"min":-2,"max":2}""")]
    [InlineData("""{"min":-1,"max":2}""")]
    [InlineData("""{"min":0,"max":3}""")]
    public void OrbitModeMatchesPermutationModeAtSixteenInputs(string weights)
    {
        // Binary inputs with a threshold range wider than every dot product realise the same functions as
        // "any", but take the permutation mode (signed sorted vectors, no negation orbits): an independent count.
        var orbits = NeuronRun.Report(NeuronRun.Spec(16, weights, method: "canonical")).Result;
        var permutations = NeuronRun.Report(NeuronRun.Spec(16, weights, """{"min":-1000,"max":1000}""", method: "canonical")).Result;
        Assert.Equal("orbits", orbits["canonicalMode"]!.GetValue<string>());
        Assert.Equal("permutations", permutations["canonicalMode"]!.GetValue<string>());
        Assert.Equal(orbits["distinctFunctions"]!.GetValue<string>(), permutations["distinctFunctions"]!.GetValue<string>());
    }

    private static void AssertClosedForm(string spec, BigInteger expected, string mode)
    {
        var result = NeuronRun.Report(spec).Result;
        Assert.Equal(expected.ToString(), result["distinctFunctions"]!.GetValue<string>());
        Assert.True(result["closedFormAgrees"]!.GetValue<bool>());
        Assert.Equal(mode, result["canonicalMode"]!.GetValue<string>());
    }
}
