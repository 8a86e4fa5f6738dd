using Expressivity.Domain.NeuronExpressivity;
using Xunit;

namespace Expressivity.Domain.Tests.NeuronExpressivity;

/// <summary>The fast kernel against the plain definition, on seeded random weight vectors, every path forced.</summary>
public class KernelTests
{
    [Theory]
    [InlineData(InputEncoding.Binary)]
    [InlineData(InputEncoding.Bipolar)]
    public void FillAndIncrementalUpdatesMatchTheDefinition(InputEncoding inputs)
    {
        var rng = new Random(7);
        for (var n = 1; n <= 7; n++)
        {
            var w = RandomWeights(rng, n, 50);
            var dots = new long[1 << n];
            DotProducts.Fill(w, inputs, dots);
            for (var step = 0; step < 20; step++)
            {
                for (var x = 0; x < dots.Length; x++) Assert.Equal(DotProducts.At(w, inputs, x), dots[x]);
                var i = rng.Next(n);
                var delta = rng.Next(-30, 31);
                w[i] += delta;
                DotProducts.AddToWeight(i, delta, inputs, dots);
            }
        }
    }

    [Theory]
    [InlineData(3, false)]
    [InlineData(3, true)]
    [InlineData(700, false)]
    [InlineData(1_000_000_000_000, false)]
    public void FastKernelMatchesReferenceOnRandomVectors(long magnitude, bool forceSort)
    {
        var rng = new Random(11);
        for (var n = 1; n <= 7; n++)
        {
            for (var trial = 0; trial < 60; trial++)
            {
                var inputs = trial % 2 == 0 ? InputEncoding.Binary : InputEncoding.Bipolar;
                var dots = new long[1 << n];
                DotProducts.Fill(RandomWeights(rng, n, magnitude), inputs, dots);
                var (low, high) = RandomWindow(rng, trial, magnitude * n);
                var found = new UInt128[dots.Length + 1];
                var count = ThresholdTables.Compute(dots, low, high, found, forceSort);
                var fast = found.AsSpan(0, count).ToArray();
                Assert.Equal(fast.Length, fast.Distinct().Count());
                Assert.Equal(ThresholdTablesReference.Compute(dots, low, high), fast.Order().ToList());
            }
        }
    }

    [Fact]
    public void ReferenceMatchesEveryThresholdTriedOneByOne()
    {
        var rng = new Random(5);
        for (var trial = 0; trial < 300; trial++)
        {
            var n = 1 + (trial % 4);
            var dots = new long[1 << n];
            DotProducts.Fill(RandomWeights(rng, n, 3), trial % 2 == 0 ? InputEncoding.Binary : InputEncoding.Bipolar, dots);
            var low = rng.NextInt64(-15, 16);
            var high = low + rng.NextInt64(0, 12);
            var every = new SortedSet<UInt128>();
            for (var t = low; t <= high; t++)
            {
                UInt128 table = UInt128.Zero;
                for (var x = 0; x < dots.Length; x++) table |= dots[x] >= t ? UInt128.One << x : UInt128.Zero;
                every.Add(table);
            }

            Assert.Equal(every.ToList(), ThresholdTablesReference.Compute(dots, low, high));
        }
    }

    [Fact]
    public void AnyThresholdChainHoldsBothConstants()
    {
        var dots = new long[4];
        DotProducts.Fill([2, -1], InputEncoding.Binary, dots);
        var found = new UInt128[5];
        var count = ThresholdTables.Compute(dots, long.MinValue, long.MaxValue, found);
        // Dots 0, 2, -1, 1 are all distinct: 4 suffixes below the top plus the full table.
        Assert.Equal(5, count);
        Assert.Contains(UInt128.Zero, found);
        Assert.Contains((UInt128)0b1111, found);
    }

    [Theory]
    [InlineData(DotRange.Width.Auto)]
    [InlineData(DotRange.Width.Scalar)]
    [InlineData(DotRange.Width.Vector256)]
    [InlineData(DotRange.Width.Vector512)]
    public void DotRangeMatchesTheScalarReferenceAtEveryLength(DotRange.Width width)
    {
        var rng = new Random(13);
        for (var length = 1; length <= 300; length++)
        {
            var values = Enumerable.Range(0, length).Select(_ => rng.NextInt64(long.MinValue / 2, long.MaxValue / 2)).ToArray();
            // Put the extremes in the tail sometimes, where the vector paths overlap.
            if (length % 3 == 0) values[^1] = long.MaxValue;
            if (length % 5 == 0) values[^1] = long.MinValue;
            var expected = (values.Min(), values.Max());
            Assert.Equal(expected, DotRange.Scalar(values));
            Assert.Equal(expected, DotRange.Of(values, width));
        }

        Assert.Throws<ArgumentException>(() => DotRange.Of([], width));
    }

    [Fact]
    public void MisuseIsRejected()
    {
        Assert.Throws<ArgumentException>(() => ThresholdTables.Compute(new long[3], 0, 0, new UInt128[4]));
        Assert.Throws<ArgumentException>(() => ThresholdTables.Compute(new long[4], 0, 0, new UInt128[4]));
        Assert.Throws<ArgumentException>(() => DotProducts.Fill([1, 2], InputEncoding.Binary, new long[8]));
    }

    private static long[] RandomWeights(Random rng, int n, long magnitude) =>
        Enumerable.Range(0, n).Select(_ => rng.NextInt64(-magnitude, magnitude + 1)).ToArray();

    private static (long Low, long High) RandomWindow(Random rng, int trial, long reach)
    {
        if (trial % 3 == 0) return (long.MinValue, long.MaxValue);
        var low = rng.NextInt64(-reach - 2, reach + 3);
        return trial % 3 == 1 ? (low, low) : (low, low + rng.NextInt64(0, reach + 2));
    }
}
