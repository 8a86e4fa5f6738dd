using Expressivity.Domain.NeuronExpressivity;
using Xunit;

namespace Expressivity.Plots.Tests;

public class ExpressivityMatrixFigureTests
{
    private static NeuronExpressivitySpec Spec(int n, WeightDomain weights) => new(n, InputEncoding.Binary, weights, ThresholdRule.Any, "brute");

    [Fact]
    public void AxesLegendAndCountAreWritten()
    {
        var spec = Spec(2, WeightDomain.FromSet([0, 1]));
        var result = ParameterOrderFunctions.Enumerate(2, spec.Inputs, spec.Weights, spec.Threshold, 100, long.MaxValue);
        Assert.Equal("6 functions (all), 4 weight vectors", ExpressivityMatrixFigure.Caption(spec, result)[1]);
        var text = SvgText.Joined(ExpressivityMatrixFigure.Draw(spec, result).Encode(FigureFormat.Svg));
        foreach (var label in new[] { "function (column in parameter order)", "input x (row number; bit i is input i)", "f(x) = 1", "f(x) = 0", "6 functions (all)" })
            Assert.Contains(label, text);
    }

    [Fact]
    public void EveryColumnGetsAPixelAtNTen()
    {
        // N·2^(N−1) + 2 = 5122 functions for w ∈ {0,1}^10 (SPEC.md 1.1): all drawn, none cut.
        var spec = Spec(10, WeightDomain.FromSet([0, 1]));
        var result = ParameterOrderFunctions.Enumerate(10, spec.Inputs, spec.Weights, spec.Threshold, ExpressivityMatrixFigure.MaxColumns, ExpressivityMatrixFigure.MaxWork);
        Assert.Equal(ParameterOrderStop.Complete, result.Stop);
        Assert.Equal(5122, result.Tables.Count);
        var figure = ExpressivityMatrixFigure.Draw(spec, result);
        Assert.True(figure.Width >= 5122 + 110 + 150, $"width {figure.Width}");
        Assert.True(figure.Height >= 1024, $"height {figure.Height}");
    }

    [Fact]
    public void TitleSaysWhenColumnsAreCut()
    {
        var spec = Spec(5, WeightDomain.FromRange(-2, 2));
        var result = ParameterOrderFunctions.Enumerate(5, spec.Inputs, spec.Weights, spec.Threshold, 50, long.MaxValue);
        Assert.StartsWith("first 50 functions only", ExpressivityMatrixFigure.Caption(spec, result)[1]);
    }
}
