using System.Runtime.Intrinsics;
using Expressivity.Domain.Kernels;
using Xunit;

namespace Expressivity.Domain.Tests.Kernels;

public class ThresholdTruthTableTests
{
    public static TheoryData<int, KernelPath> Cases()
    {
        var data = new TheoryData<int, KernelPath>();
        for (var n = 0; n <= 14; n++)
        {
            foreach (var path in new[] { KernelPath.Auto, KernelPath.Vector512, KernelPath.Vector256, KernelPath.Scalar }) data.Add(n, path);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_path_matches_a_per_input_dot_product(int n, KernelPath path)
    {
        if (!Supported(path))
        {
            Assert.Throws<PlatformNotSupportedException>(() => ThresholdTruthTable.Evaluate(new long[n], 0, new ulong[ThresholdTruthTable.Words(n)], path));
            return;
        }

        var random = new Random(1000 + n);
        var words = ThresholdTruthTable.Words(n);
        for (var trial = 0; trial < 8; trial++)
        {
            var scale = trial < 4 ? 10 : 1L << 40;
            var w = Enumerable.Range(0, n).Select(_ => random.NextInt64(-scale, scale + 1)).ToArray();
            var t = random.NextInt64(-scale, scale + 1);
            var table = new ulong[words + 1];
            table[^1] = 0xDEADBEEF;
            ThresholdTruthTable.Evaluate(w, t, table, path);
            var reference = new ulong[words];
            ThresholdTruthTable.Evaluate(w, t, reference, KernelPath.Scalar);
            Assert.Equal(reference, table[..words]);
            for (var x = 0; x < 1 << n; x++) Assert.Equal(Dot(w, x) >= t, (table[x >> 6] >> (x & 63) & 1) != 0);
            if (n < 6) Assert.Equal(0UL, table[0] >> (1 << n));
            Assert.Equal(0xDEADBEEFUL, table[^1]);
        }
    }

    [Theory]
    [InlineData(long.MinValue, true)]
    [InlineData(long.MaxValue, false)]
    public void Extreme_thresholds_give_constants_without_overflow(long threshold, bool value)
    {
        long[] w = [1L << 56, -(1L << 56), 5, -7, 3, 1, 1, 2];
        var table = new ulong[ThresholdTruthTable.Words(w.Length)];
        foreach (var path in new[] { KernelPath.Auto, KernelPath.Scalar })
        {
            ThresholdTruthTable.Evaluate(w, threshold, table, path);
            Assert.All(table, word => Assert.Equal(value ? ulong.MaxValue : 0UL, word));
        }
    }

    [Fact]
    public void Small_tables_leave_unused_bits_clear()
    {
        var table = new ulong[] { ulong.MaxValue };
        ThresholdTruthTable.Evaluate([0, 0, 0], 0, table);
        Assert.Equal(0xFFUL, table[0]);
    }

    [Fact]
    public void Misuse_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => ThresholdTruthTable.Evaluate(new long[8], 0, new ulong[3]));
        Assert.Throws<ArgumentException>(() => ThresholdTruthTable.Evaluate(new long[33], 0, new ulong[1]));
        Assert.Throws<ArgumentException>(() => ThresholdTruthTable.Evaluate([1L << 57], 0, new ulong[1]));
    }

    private static bool Supported(KernelPath path) => path switch
    {
        KernelPath.Vector512 => Vector512.IsHardwareAccelerated,
        KernelPath.Vector256 => Vector256.IsHardwareAccelerated,
        _ => true,
    };

    private static long Dot(long[] w, int x)
    {
        long s = 0;
        for (var i = 0; i < w.Length; i++)
        {
            if ((x >> i & 1) != 0) s += w[i];
        }

        return s;
    }
}
