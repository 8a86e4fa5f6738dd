using System.Numerics;

namespace Expressivity.Domain.NeuronExpressivity;

/// <summary>
/// The closed forms of SPEC.md section 1.1, recognised from the normalised spec whatever way the
/// weight values are written (a set, or an equivalent range such as [-1, 1] = {-1, 0, 1}).
/// </summary>
public static class ClosedForms
{
    /// <summary>The closed-form count for this family, or null when none applies.</summary>
    public static BigInteger? For(NeuronExpressivitySpec spec)
    {
        var n = spec.N;
        var w = spec.Weights;
        if (spec.Threshold.Kind == ThresholdRule.Mode.Any)
        {
            // With a free threshold, binary and bipolar inputs give the same functions (an affine change of t).
            if (w.IsExactly(0, 1)) return n * BigInteger.Pow(2, n - 1) + 2;
            if (w.IsExactly(-1, 1)) return n * BigInteger.Pow(2, n) + 2;
            if (w.IsExactly(-1, 0, 1)) return 2 * n * BigInteger.Pow(3, n - 1) + 2;
            return null;
        }

        if (spec.Inputs == InputEncoding.Bipolar && spec.Threshold.Kind == ThresholdRule.Mode.Value
            && spec.Threshold.Low == 0 && w.IsExactly(-1, 1))
            return BigInteger.Pow(2, n);
        return null;
    }
}
