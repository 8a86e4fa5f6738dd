using System.Numerics;
using Xunit;

namespace Expressivity.Domain.Tests.NeuronExpressivity;

/// <summary>Every SPEC.md 1.1 closed form, N = 1..6, counted by brute force and reported as agreeing.</summary>
public class ClosedFormTests
{
    public static TheoryData<int, string> Inputs()
    {
        var data = new TheoryData<int, string>();
        for (var n = 1; n <= 6; n++)
        {
            data.Add(n, "binary");
            data.Add(n, "bipolar");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void ZeroOneWeightsAnyThreshold(int n, string inputs) =>
        AssertClosedForm(NeuronRun.Spec(n, """{"set":[0,1]}""", inputs: inputs), n * BigInteger.Pow(2, n - 1) + 2);

    [Theory]
    [MemberData(nameof(Inputs))]
    public void PlusMinusOneWeightsAnyThreshold(int n, string inputs) =>
        AssertClosedForm(NeuronRun.Spec(n, """{"set":[1,-1]}""", inputs: inputs), n * BigInteger.Pow(2, n) + 2);

    [Theory]
    [MemberData(nameof(Inputs))]
    public void TernaryWeightsAnyThreshold(int n, string inputs) =>
        AssertClosedForm(NeuronRun.Spec(n, """{"set":[-1,0,1]}""", inputs: inputs), 2 * n * BigInteger.Pow(3, n - 1) + 2);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void TernaryRangeIsRecognisedAsTheSameFamily(int n) =>
        AssertClosedForm(NeuronRun.Spec(n, """{"min":-1,"max":1}"""), 2 * n * BigInteger.Pow(3, n - 1) + 2);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void BipolarInputsPlusMinusOneWeightsZeroThreshold(int n) =>
        AssertClosedForm(NeuronRun.Spec(n, """{"set":[-1,1]}""", """{"value":0}""", "bipolar"), BigInteger.Pow(2, n));

    [Fact]
    public void NoClosedFormForBinaryInputsAtThresholdZero()
    {
        var result = NeuronRun.Report(NeuronRun.Spec(3, """{"set":[-1,1]}""", """{"value":0}""")).Result;
        Assert.Null(result["closedForm"]);
        Assert.Null(result["closedFormAgrees"]);
    }

    private static void AssertClosedForm(string spec, BigInteger expected)
    {
        var result = NeuronRun.Report(spec).Result;
        Assert.Equal(expected.ToString(), result["distinctFunctions"]!.GetValue<string>());
        Assert.Equal(expected.ToString(), result["closedForm"]!.GetValue<string>());
        Assert.True(result["closedFormAgrees"]!.GetValue<bool>());
    }
}
