using System.Globalization;
using System.Numerics;

namespace Expressivity.Domain.Numerics;

/// <summary>
/// An exact rational number p/q over <see cref="BigInteger"/>, always normalised (q &gt; 0, gcd(p, q) = 1),
/// so equal values have equal representations. <c>default</c> is zero.
/// </summary>
public readonly struct BigRational : IOrderedField<BigRational>, IComparable<BigRational>, IEquatable<BigRational>
{
    private static readonly BigInteger MaxExactInDouble = BigInteger.One << 53;

    private readonly BigInteger _den; // stored as q - 1 so that default(BigRational) is 0/1

    private BigRational(BigInteger num, BigInteger den, bool normalised)
    {
        if (!normalised)
        {
            if (den.IsZero) throw new DivideByZeroException("rational with zero denominator");
            if (den.Sign < 0)
            {
                num = -num;
                den = -den;
            }

            if (!den.IsOne)
            {
                var g = BigInteger.GreatestCommonDivisor(num, den);
                if (!g.IsOne && !g.IsZero)
                {
                    num /= g;
                    den /= g;
                }

                if (num.IsZero) den = BigInteger.One;
            }
        }

        Numerator = num;
        _den = den - BigInteger.One;
    }

    /// <summary>The numerator p (carries the sign).</summary>
    public BigInteger Numerator { get; }

    /// <summary>The denominator q, always positive.</summary>
    public BigInteger Denominator => _den + BigInteger.One;

    /// <summary>Zero.</summary>
    public static BigRational Zero => default;

    /// <summary>One.</summary>
    public static BigRational One => new(BigInteger.One, BigInteger.One, true);

    /// <inheritdoc />
    public int Sign => Numerator.Sign;

    /// <summary>True when the value is an integer.</summary>
    public bool IsInteger => _den.IsZero;

    /// <summary>p/q, normalised; q must not be zero.</summary>
    public static BigRational Create(BigInteger numerator, BigInteger denominator) => new(numerator, denominator, false);

    /// <summary>An integer.</summary>
    public static BigRational FromInteger(BigInteger value) => new(value, BigInteger.One, true);

    /// <summary>
    /// The exact value of a finite double: every double is m·2^e, so this is the binary fraction it
    /// stores (0.1 becomes 3602879701896397/36028797018963968), not the decimal it was written as.
    /// </summary>
    public static BigRational FromDouble(double value)
    {
        if (!double.IsFinite(value)) throw new ArgumentOutOfRangeException(nameof(value), value, "not a finite number");
        var bits = BitConverter.DoubleToInt64Bits(value);
        var negative = bits < 0;
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0) exponent = 1; // subnormal: no implicit leading bit
        else mantissa |= 1L << 52;
        exponent -= 1075; // value = mantissa * 2^exponent
        if (mantissa == 0) return Zero;
        var num = new BigInteger(negative ? -mantissa : mantissa);
        return exponent >= 0
            ? FromInteger(num << exponent)
            : Create(num, BigInteger.One << -exponent);
    }

    /// <inheritdoc />
    public static BigRational From(BigRational value) => value;

    /// <summary>The nearest double (for display and proposals only; never for decisions).</summary>
    public double ToDouble()
    {
        if (IsInteger) return (double)Numerator;
        // Both parts exact as doubles: one IEEE division is correctly rounded.
        if (BigInteger.Abs(Numerator) <= MaxExactInDouble && _den < MaxExactInDouble) return (double)Numerator / (double)Denominator;
        // Scale so the quotient keeps ~64 significant bits before the final rounding.
        var shift = (int)(Denominator.GetBitLength() - BigInteger.Abs(Numerator).GetBitLength()) + 64;
        var scaled = shift >= 0 ? (Numerator << shift) / Denominator : Numerator / (Denominator << -shift);
        return Math.ScaleB((double)scaled, -shift);
    }

    /// <summary>Absolute value.</summary>
    public BigRational Abs() => Numerator.Sign < 0 ? -this : this;

    /// <summary>The largest integer not above the value.</summary>
    public BigInteger Floor() => BigInteger.Divide(Numerator - (Numerator.Sign < 0 ? Denominator - 1 : 0), Denominator);

    /// <summary>Conversion from an integer.</summary>
    public static implicit operator BigRational(long value) => FromInteger(value);

    /// <summary>Conversion from an integer.</summary>
    public static implicit operator BigRational(BigInteger value) => FromInteger(value);

    /// <inheritdoc />
    public static BigRational operator +(BigRational a, BigRational b)
    {
        if (a.IsInteger && b.IsInteger) return FromInteger(a.Numerator + b.Numerator);
        return new(a.Numerator * b.Denominator + b.Numerator * a.Denominator, a.Denominator * b.Denominator, false);
    }

    /// <inheritdoc />
    public static BigRational operator -(BigRational a, BigRational b)
    {
        if (a.IsInteger && b.IsInteger) return FromInteger(a.Numerator - b.Numerator);
        return new(a.Numerator * b.Denominator - b.Numerator * a.Denominator, a.Denominator * b.Denominator, false);
    }

    /// <inheritdoc />
    public static BigRational operator *(BigRational a, BigRational b)
    {
        if (a.Numerator.IsZero || b.Numerator.IsZero) return Zero;
        if (a.IsInteger && b.IsInteger) return FromInteger(a.Numerator * b.Numerator);
        return new(a.Numerator * b.Numerator, a.Denominator * b.Denominator, false);
    }

    /// <inheritdoc />
    public static BigRational operator /(BigRational a, BigRational b)
    {
        if (b.Numerator.IsZero) throw new DivideByZeroException("rational division by zero");
        return new(a.Numerator * b.Denominator, a.Denominator * b.Numerator, false);
    }

    /// <inheritdoc />
    public static BigRational operator -(BigRational a) => new(-a.Numerator, a.Denominator, true);

    /// <summary>Equality of values.</summary>
    public static bool operator ==(BigRational a, BigRational b) => a.Equals(b);

    /// <summary>Inequality of values.</summary>
    public static bool operator !=(BigRational a, BigRational b) => !a.Equals(b);

    /// <summary>Order.</summary>
    public static bool operator <(BigRational a, BigRational b) => a.CompareTo(b) < 0;

    /// <summary>Order.</summary>
    public static bool operator >(BigRational a, BigRational b) => a.CompareTo(b) > 0;

    /// <summary>Order.</summary>
    public static bool operator <=(BigRational a, BigRational b) => a.CompareTo(b) <= 0;

    /// <summary>Order.</summary>
    public static bool operator >=(BigRational a, BigRational b) => a.CompareTo(b) >= 0;

    /// <summary>The smaller of two values.</summary>
    public static BigRational Min(BigRational a, BigRational b) => a <= b ? a : b;

    /// <summary>The larger of two values.</summary>
    public static BigRational Max(BigRational a, BigRational b) => a >= b ? a : b;

    /// <inheritdoc />
    public int CompareTo(BigRational other) =>
        IsInteger && other.IsInteger
            ? Numerator.CompareTo(other.Numerator)
            : (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    /// <inheritdoc />
    public bool Equals(BigRational other) => Numerator == other.Numerator && _den == other._den;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is BigRational r && Equals(r);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Numerator, _den);

    /// <summary>"p" for integers, "p/q" otherwise.</summary>
    public override string ToString() =>
        IsInteger
            ? Numerator.ToString(CultureInfo.InvariantCulture)
            : $"{Numerator.ToString(CultureInfo.InvariantCulture)}/{Denominator.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Parses "p" or "p/q" (integers in invariant culture).</summary>
    public static BigRational Parse(string text)
    {
        var slash = text.IndexOf('/');
        return slash < 0
            ? FromInteger(BigInteger.Parse(text, CultureInfo.InvariantCulture))
            : Create(BigInteger.Parse(text[..slash], CultureInfo.InvariantCulture), BigInteger.Parse(text[(slash + 1)..], CultureInfo.InvariantCulture));
    }
}
