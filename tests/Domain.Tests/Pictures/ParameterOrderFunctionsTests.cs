using System.Numerics;
using Expressivity.Domain.NeuronExpressivity;
using Xunit;

namespace Expressivity.Domain.Tests.Pictures;

public class ParameterOrderFunctionsTests
{
    private static ParameterOrderResult All(int n, InputEncoding inputs, WeightDomain w, ThresholdRule t) =>
        ParameterOrderFunctions.Enumerate(n, inputs, w, t, 1 << 20, long.MaxValue);

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(8)]
    public void CountsMatchTheClosedFormsOfSpec11(int n)
    {
        var binary = InputEncoding.Binary;
        Assert.Equal(n * BigInteger.Pow(2, n - 1) + 2, All(n, binary, WeightDomain.FromSet([0, 1]), ThresholdRule.Any).Tables.Count);
        Assert.Equal(n * BigInteger.Pow(2, n) + 2, All(n, binary, WeightDomain.FromSet([-1, 1]), ThresholdRule.Any).Tables.Count);
        Assert.Equal(BigInteger.Pow(2, n), All(n, InputEncoding.Bipolar, WeightDomain.FromSet([-1, 1]), ThresholdRule.Value(0)).Tables.Count);
        if (n <= 5) Assert.Equal(2 * n * BigInteger.Pow(3, n - 1) + 2, All(n, binary, WeightDomain.FromRange(-1, 1), ThresholdRule.Any).Tables.Count);
    }

    [Fact]
    public void AgreesWithThresholdTablesOnAnotherFamily()
    {
        // [-2, 2] with thresholds in [-1, 3], n = 4: the set of tables must equal the brute-force kernel's union.
        var w = WeightDomain.FromRange(-2, 2);
        var rule = ThresholdRule.Range(-1, 3);
        var ours = All(4, InputEncoding.Binary, w, rule);
        Assert.Equal(ParameterOrderStop.Complete, ours.Stop);
        Assert.Equal(625, ours.WeightVectors);
        var expected = new HashSet<UInt128>();
        var dots = new long[16];
        foreach (var vector in Vectors(4, -2, 2))
        {
            DotProducts.Fill(vector, InputEncoding.Binary, dots);
            expected.UnionWith(ThresholdTablesReference.Compute(dots, rule.Low, rule.High));
        }

        Assert.Equal(expected.OrderBy(t => t), ours.Tables.Select(t => (UInt128)t[0]).OrderBy(t => t));
    }

    [Fact]
    public void ColumnsAppearInParameterOrder()
    {
        // n = 2, w in {0,1}, any t. Vectors (w0, w1) in the order 00, 10, 01, 11 (w0 fastest), thresholds rising:
        // 00: 1111, 0000; 10: f = x0 (bits 1, 3) = 1010 -> 0b1010; 01: x1 -> 0b1100; 11: OR 0b1110, AND 0b1000.
        var result = All(2, InputEncoding.Binary, WeightDomain.FromSet([0, 1]), ThresholdRule.Any);
        Assert.Equal([0b1111UL, 0UL, 0b1010UL, 0b1100UL, 0b1110UL, 0b1000UL], result.Tables.Select(t => t[0]));
    }

    [Fact]
    public void StopsAtTheColumnBudgetOrTheWorkBudget()
    {
        var w = WeightDomain.FromRange(-3, 3);
        var truncated = ParameterOrderFunctions.Enumerate(6, InputEncoding.Binary, w, ThresholdRule.Any, 10, long.MaxValue);
        Assert.Equal(ParameterOrderStop.Truncated, truncated.Stop);
        Assert.Equal(10, truncated.Tables.Count);
        var limited = ParameterOrderFunctions.Enumerate(6, InputEncoding.Binary, w, ThresholdRule.Any, 1 << 20, 64 * 5);
        Assert.Equal(ParameterOrderStop.WorkLimit, limited.Stop);
        Assert.Equal(5, limited.WeightVectors);
        Assert.Throws<ArgumentOutOfRangeException>(() => ParameterOrderFunctions.Enumerate(13, InputEncoding.Binary, w, ThresholdRule.Any, 1, 1));
    }

    [Fact]
    public void TwelveInputsUseWideTables()
    {
        var result = All(12, InputEncoding.Bipolar, WeightDomain.FromSet([-1, 1]), ThresholdRule.Value(0));
        Assert.Equal(4096, result.Tables.Count);
        Assert.Equal(64, result.Tables[0].Length);
        // w = (-1, ..., -1) first: f(x) = 1 exactly when at most six inputs are +1.
        Assert.Equal(Enumerable.Range(0, 4096).Count(x => BitOperations.PopCount((uint)x) <= 6),
            result.Tables[0].Sum(word => BitOperations.PopCount(word)));
    }

    private static IEnumerable<long[]> Vectors(int n, long lo, long hi)
    {
        var v = Enumerable.Repeat(lo, n).ToArray();
        while (true)
        {
            yield return (long[])v.Clone();
            var i = 0;
            while (i < n && v[i] == hi) v[i++] = lo;
            if (i == n) yield break;
            v[i]++;
        }
    }
}
