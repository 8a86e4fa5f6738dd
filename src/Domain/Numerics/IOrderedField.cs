namespace Expressivity.Domain.Numerics;

/// <summary>
/// The arithmetic a simplex tableau needs: a field with a sign test. <see cref="BigRational"/> is the
/// exact instance; <see cref="Approx"/> (a double with a tolerance) is the fast one used only to propose.
/// </summary>
public interface IOrderedField<T>
    where T : IOrderedField<T>
{
    /// <summary>The additive identity.</summary>
    static abstract T Zero { get; }

    /// <summary>The multiplicative identity.</summary>
    static abstract T One { get; }

    /// <summary>Sum.</summary>
    static abstract T operator +(T a, T b);

    /// <summary>Difference.</summary>
    static abstract T operator -(T a, T b);

    /// <summary>Product.</summary>
    static abstract T operator *(T a, T b);

    /// <summary>Quotient; the divisor must not be zero.</summary>
    static abstract T operator /(T a, T b);

    /// <summary>Negation.</summary>
    static abstract T operator -(T a);

    /// <summary>-1, 0 or +1 (for <see cref="Approx"/>, 0 within its tolerance).</summary>
    int Sign { get; }

    /// <summary>The value converted from an exact rational.</summary>
    static abstract T From(BigRational value);
}
