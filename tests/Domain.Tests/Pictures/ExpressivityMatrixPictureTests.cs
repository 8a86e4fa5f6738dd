using Expressivity.Domain.NeuronExpressivity;
using Expressivity.Domain.Pictures;
using Xunit;

namespace Expressivity.Domain.Tests.Pictures;

public class ExpressivityMatrixPictureTests
{
    [Fact]
    public void CellsAreBlackExactlyWhereTheFunctionIsOne()
    {
        var spec = new NeuronExpressivitySpec(2, InputEncoding.Binary, WeightDomain.FromSet([0, 1]), ThresholdRule.Any, "brute");
        var result = ParameterOrderFunctions.Enumerate(2, spec.Inputs, spec.Weights, spec.Threshold, 100, long.MaxValue);
        var image = ExpressivityMatrixPicture.Render(spec, result);
        // 6 columns × 4 rows: cell = min(1024/6, 1024/4) clamped to 16; the matrix starts one pixel inside
        // the frame at (8, top), top = 8 + 3 caption lines of 10 pixels + 4.
        const int cell = 16;
        const int left = 9;
        const int top = 8 + 30 + 4 + 1;
        for (var c = 0; c < 6; c++)
        {
            for (var x = 0; x < 4; x++)
            {
                var one = (result.Tables[c][0] >> x & 1) != 0;
                Assert.Equal(one ? Rgb.Black : Rgb.White, image[left + (c * cell) + 7, top + (x * cell) + 7]);
            }
        }

        // Column 0 is the constant 1 (w = 0, lowest threshold), column 1 the constant 0.
        Assert.Equal(Rgb.Black, image[left, top + (4 * cell) - 1]);
        Assert.Equal(Rgb.White, image[left + cell, top]);
        Assert.Equal(Rgb.Grey, image[left - 1, top]); // the frame
        Assert.Equal("6 FUNCTIONS (ALL), 4 WEIGHT VECTORS", ExpressivityMatrixPicture.Caption(spec, result)[1]);
    }

    [Fact]
    public void CaptionSaysWhenColumnsAreCut()
    {
        var spec = new NeuronExpressivitySpec(5, InputEncoding.Binary, WeightDomain.FromRange(-2, 2), ThresholdRule.Any, "brute");
        var result = ParameterOrderFunctions.Enumerate(5, spec.Inputs, spec.Weights, spec.Threshold, 50, long.MaxValue);
        var image = ExpressivityMatrixPicture.Render(spec, result);
        Assert.StartsWith("FIRST 50 FUNCTIONS ONLY", ExpressivityMatrixPicture.Caption(spec, result)[1]);
        Assert.Equal(8 + 8 + 2 + (50 * 16), image.Width);
        var wide = ExpressivityMatrixPicture.Render(spec, ParameterOrderFunctions.Enumerate(5, spec.Inputs, spec.Weights, spec.Threshold, 2000, long.MaxValue));
        Assert.Equal(8 + 30 + 4 + (32 * 8) + 2 + 8, wide.Height); // one-pixel columns, rows stretched to 8 pixels
    }
}
