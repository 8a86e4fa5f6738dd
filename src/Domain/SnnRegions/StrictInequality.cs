using Expressivity.Domain.Numerics;

namespace Expressivity.Domain.SnnRegions;

/// <summary>
/// g·x &lt; h, exact, with a normalised double copy (row scaled to max |g_i| = 1) for the fast proposal LP.
/// Non-strict region boundaries are stored strict too: only interiors matter for counting.
/// </summary>
public sealed class StrictInequality
{
    private StrictInequality(BigRational[] g, BigRational h)
    {
        G = g;
        H = h;
        var scale = g.Select(v => Math.Abs(v.ToDouble())).DefaultIfEmpty(0).Max();
        if (scale == 0 || !double.IsFinite(scale)) scale = 1;
        ApproxG = g.Select(v => v.ToDouble() / scale).ToArray();
        ApproxH = h.ToDouble() / scale;
    }

    /// <summary>Coefficients g.</summary>
    public BigRational[] G { get; }

    /// <summary>Right-hand side h.</summary>
    public BigRational H { get; }

    /// <summary>g / max|g_i| as doubles (proposals only).</summary>
    public double[] ApproxG { get; }

    /// <summary>h / max|g_i| as a double (proposals only).</summary>
    public double ApproxH { get; }

    /// <summary>True when g = 0 (the inequality is then constant: 0 &lt; h).</summary>
    public bool IsConstant => G.All(v => v.Sign == 0);

    /// <summary>f(x) &lt; 0 for an affine f.</summary>
    public static StrictInequality Of(AffineForm f) => new(f.Coefficients.ToArray(), -f.Constant);

    /// <summary>Exact test at a point.</summary>
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
