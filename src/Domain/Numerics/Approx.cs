namespace Expressivity.Domain.Numerics;

/// <summary>
/// A double whose sign test treats |v| &lt;= <see cref="Tolerance"/> as zero. Used only to run the
/// simplex fast and propose a point or a basis; every decision is then re-checked with <see cref="BigRational"/>.
/// </summary>
public readonly record struct Approx(double Value) : IOrderedField<Approx>
{
    /// <summary>Magnitudes up to this count as zero in <see cref="Sign"/>.</summary>
    public const double Tolerance = 1e-9;

    /// <inheritdoc />
    public static Approx Zero => new(0);

    /// <inheritdoc />
    public static Approx One => new(1);

    /// <inheritdoc />
    public int Sign => Value > Tolerance ? 1 : Value < -Tolerance ? -1 : 0;

    /// <inheritdoc />
    public static Approx From(BigRational value) => new(value.ToDouble());

    /// <inheritdoc />
    public static Approx operator +(Approx a, Approx b) => new(a.Value + b.Value);

    /// <inheritdoc />
    public static Approx operator -(Approx a, Approx b) => new(a.Value - b.Value);

    /// <inheritdoc />
    public static Approx operator *(Approx a, Approx b) => new(a.Value * b.Value);

    /// <inheritdoc />
    public static Approx operator /(Approx a, Approx b) => new(a.Value / b.Value);

    /// <inheritdoc />
    public static Approx operator -(Approx a) => new(-a.Value);
}
