using Expressivity.Domain.Numerics;

namespace Expressivity.Domain.SnnRegions;

/// <summary>
/// g·x &lt; h (strict) or g·x &lt;= h, exact, with a normalised double copy (row scaled to max |g_i| = 1) for
/// the fast proposal LP. When g ≠ 0 the interior of either is g·x &lt; h, which is what region counting needs;
/// the kind matters when g = 0, where the inequality is the constant test 0 &lt; h or 0 &lt;= h (a tie that holds
/// on a whole region, e.g. an input that always arrives exactly when the neuron fires).
/// </summary>
public sealed class LinearInequality
{
    private LinearInequality(BigRational[] g, BigRational h, bool strict)
    {
        G = g;
        H = h;
        IsStrict = strict;
        var scale = g.Select(v => Math.Abs(v.ToDouble())).DefaultIfEmpty(0).Max();
        if (scale == 0 || !double.IsFinite(scale)) scale = 1;
        ApproxG = g.Select(v => v.ToDouble() / scale).ToArray();
        ApproxH = h.ToDouble() / scale;
    }

    private LinearInequality(BigRational[] g, BigRational h, bool strict, double[] approxG, double approxH)
    {
        G = g;
        H = h;
        IsStrict = strict;
        ApproxG = approxG;
        ApproxH = approxH;
    }

    /// <summary>Coefficients g.</summary>
    public BigRational[] G { get; }

    /// <summary>Right-hand side h.</summary>
    public BigRational H { get; }

    /// <summary>True for g·x &lt; h, false for g·x &lt;= h.</summary>
    public bool IsStrict { get; }

    /// <summary>g / max|g_i| as doubles (proposals only).</summary>
    public double[] ApproxG { get; }

    /// <summary>h / max|g_i| as a double (proposals only).</summary>
    public double ApproxH { get; }

    /// <summary>True when g = 0 (the inequality is then constant: 0 &lt; h).</summary>
    public bool IsConstant => G.All(v => v.Sign == 0);

    /// <summary>f(x) &lt; 0 (strict) or f(x) &lt;= 0 for an affine f.</summary>
    public static LinearInequality Of(AffineForm f, bool strict) => new(f.Coefficients.ToArray(), -f.Constant, strict);

    /// <summary>
    /// The complement: not (g·x &lt; h) is −g·x &lt;= −h, not (g·x &lt;= h) is −g·x &lt; −h. Negating the double copy is
    /// exact, so it is reused instead of converted again.
    /// </summary>
    public LinearInequality Negate() =>
        new(G.Select(v => -v).ToArray(), -H, !IsStrict, ApproxG.Select(v => -v).ToArray(), -ApproxH);

    /// <summary>For g = 0: whether the constant test holds (0 &lt; h, or 0 &lt;= h when not strict).</summary>
    public bool ConstantHolds => IsStrict ? H.Sign > 0 : H.Sign >= 0;

    /// <summary>Exact test of the interior condition g·x &lt; h at a point (non-constant rows).</summary>
    public bool HoldsAt(IReadOnlyList<BigRational> x)
    {
        var s = BigRational.Zero;
        for (var i = 0; i < G.Length; i++)
        {
            if (G[i].Sign != 0) s += G[i] * x[i];
        }

        return s < H;
    }
}
