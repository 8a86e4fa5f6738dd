using System.Numerics;
using Expressivity.Domain.Numerics;
using Xunit;

namespace Expressivity.Domain.Tests.Numerics;

public class BigRationalTests
{
    private static BigRational R(long p, long q = 1) => BigRational.Create(p, q);

    [Fact]
    public void NormalisesSignAndCommonFactors()
    {
        var r = R(6, -4);
        Assert.Equal(new BigInteger(-3), r.Numerator);
        Assert.Equal(new BigInteger(2), r.Denominator);
        Assert.Equal(R(-3, 2), r);
        Assert.Equal(R(-3, 2).GetHashCode(), r.GetHashCode());
        Assert.Equal(BigRational.Zero, R(0, -7));
        Assert.Equal(BigInteger.One, R(0, -7).Denominator);
        Assert.Equal(BigInteger.One, default(BigRational).Denominator);
    }

    [Fact]
    public void ArithmeticIsExact()
    {
        Assert.Equal(R(5, 6), R(1, 2) + R(1, 3));
        Assert.Equal(R(1, 6), R(1, 2) - R(1, 3));
        Assert.Equal(R(1, 6), R(1, 2) * R(1, 3));
        Assert.Equal(R(3, 2), R(1, 2) / R(1, 3));
        Assert.Equal(R(-1, 2), -R(1, 2));
        Assert.Equal(R(1), R(1, 3) + R(1, 3) + R(1, 3));
        Assert.Throws<DivideByZeroException>(() => R(1) / BigRational.Zero);
        Assert.Throws<DivideByZeroException>(() => BigRational.Create(1, 0));
    }

    [Fact]
    public void ComparesByValue()
    {
        Assert.True(R(1, 3) < R(1, 2));
        Assert.True(R(-1, 2) < R(-1, 3));
        Assert.True(R(2, 4) <= R(1, 2));
        Assert.True(R(7) > R(13, 2));
        Assert.Equal(0, R(2, 4).CompareTo(R(1, 2)));
        Assert.Equal(-1, R(-5, 3).Sign);
        Assert.Equal(R(1, 3), BigRational.Min(R(1, 3), R(1, 2)));
        Assert.Equal(new BigInteger(-2), R(-3, 2).Floor());
        Assert.Equal(new BigInteger(1), R(3, 2).Floor());
        Assert.Equal(new BigInteger(-3), R(-3).Floor());
    }

    [Fact]
    public void FromDoubleIsTheStoredBinaryFraction()
    {
        Assert.Equal(R(1, 2), BigRational.FromDouble(0.5));
        Assert.Equal(R(-3, 4), BigRational.FromDouble(-0.75));
        Assert.Equal(R(1_000_000), BigRational.FromDouble(1e6));
        Assert.Equal(BigRational.Zero, BigRational.FromDouble(-0.0));
        // 0.1 is not 1/10 in binary; it is 3602879701896397 / 2^55.
        Assert.Equal(BigRational.Create(3602879701896397, BigInteger.One << 55), BigRational.FromDouble(0.1));
        Assert.NotEqual(R(1, 10), BigRational.FromDouble(0.1));
        Assert.Equal(BigRational.Create(1, BigInteger.One << 1074), BigRational.FromDouble(double.Epsilon));
        Assert.Equal(BigRational.FromInteger(BigInteger.One << 1000), BigRational.FromDouble(Math.ScaleB(1, 1000)));
        Assert.Throws<ArgumentOutOfRangeException>(() => BigRational.FromDouble(double.NaN));
    }

    [Fact]
    public void DoubleRoundTripsExactly()
    {
        var random = new Random(5);
        for (var i = 0; i < 2000; i++)
        {
            var d = (random.NextDouble() - 0.5) * Math.Pow(2, random.Next(-60, 60));
            Assert.Equal(d, BigRational.FromDouble(d).ToDouble());
        }

        Assert.Equal(1.0 / 3.0, R(1, 3).ToDouble());
        Assert.Equal(-2.0 / 7.0, R(-2, 7).ToDouble());
    }

    [Fact]
    public void ParsesAndPrints()
    {
        Assert.Equal("-3/2", R(-3, 2).ToString());
        Assert.Equal("4", R(8, 2).ToString());
        Assert.Equal(R(-3, 2), BigRational.Parse("6/-4"));
        Assert.Equal(R(12), BigRational.Parse("12"));
    }
}
