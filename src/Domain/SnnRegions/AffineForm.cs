using Expressivity.Domain.Numerics;

namespace Expressivity.Domain.SnnRegions;

/// <summary>An exact affine function of the input point: c·x + k. Firing times are affine inside a region.</summary>
public sealed class AffineForm
{
    private readonly BigRational[] _coefficients;

    /// <summary>c·x + <paramref name="constant"/>.</summary>
    public AffineForm(BigRational[] coefficients, BigRational constant)
    {
        _coefficients = coefficients;
        Constant = constant;
    }

    /// <summary>The coefficients c.</summary>
    public IReadOnlyList<BigRational> Coefficients => _coefficients;

    /// <summary>The constant k.</summary>
    public BigRational Constant { get; }

    /// <summary>Dimension of x.</summary>
    public int Dimension => _coefficients.Length;

    /// <summary>x_i in dimension d.</summary>
    public static AffineForm Coordinate(int d, int i)
    {
        var c = Zeros(d);
        c[i] = BigRational.One;
        return new AffineForm(c, BigRational.Zero);
    }

    /// <summary>The constant function.</summary>
    public static AffineForm ConstantForm(int d, BigRational value) => new(Zeros(d), value);

    /// <summary>Value at x.</summary>
    public BigRational At(IReadOnlyList<BigRational> x)
    {
        var s = Constant;
        for (var i = 0; i < _coefficients.Length; i++)
        {
            if (_coefficients[i].Sign != 0) s += _coefficients[i] * x[i];
        }

        return s;
    }

    /// <summary>Sum.</summary>
    public static AffineForm operator +(AffineForm f, AffineForm g) =>
        new(f._coefficients.Zip(g._coefficients, (a, b) => a + b).ToArray(), f.Constant + g.Constant);

    /// <summary>Difference.</summary>
    public static AffineForm operator -(AffineForm f, AffineForm g) =>
        new(f._coefficients.Zip(g._coefficients, (a, b) => a - b).ToArray(), f.Constant - g.Constant);

    /// <summary>Scaling.</summary>
    public static AffineForm operator *(BigRational s, AffineForm f) =>
        new(f._coefficients.Select(a => s * a).ToArray(), s * f.Constant);

    /// <summary>Shift by a constant.</summary>
    public static AffineForm operator +(AffineForm f, BigRational k) => new(f._coefficients, f.Constant + k);

    /// <summary>"f &lt; g" as an inequality in x.</summary>
    public LinearInequality LessThan(AffineForm g) => LinearInequality.Of(this - g, strict: true);

    /// <summary>"f &lt;= g" as an inequality in x.</summary>
    public LinearInequality AtMost(AffineForm g) => LinearInequality.Of(this - g, strict: false);

    private static BigRational[] Zeros(int d)
    {
        var c = new BigRational[d];
        Array.Fill(c, BigRational.Zero);
        return c;
    }

    /// <inheritdoc />
    public override string ToString() =>
        string.Join(" + ", _coefficients.Select((c, i) => $"{c}*x{i}").Where((_, i) => _coefficients[i].Sign != 0).Append(Constant.ToString()));
}
