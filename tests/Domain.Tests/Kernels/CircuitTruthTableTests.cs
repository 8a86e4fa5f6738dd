using System.Runtime.Intrinsics;
using Expressivity.Domain.Kernels;
using Expressivity.Domain.ThresholdCircuits;
using Xunit;

namespace Expressivity.Domain.Tests.Kernels;

public class CircuitTruthTableTests
{
    private static readonly KernelPath[] Paths = [KernelPath.Auto, KernelPath.Vector512, KernelPath.Vector256, KernelPath.Scalar];

    public static TheoryData<int, KernelPath> Cases()
    {
        var data = new TheoryData<int, KernelPath>();
        for (var n = 1; n <= 12; n++)
        {
            foreach (var path in Paths) data.Add(n, path);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_path_matches_the_per_input_evaluator(int n, KernelPath path)
    {
        if (!Supported(path))
        {
            Assert.Throws<PlatformNotSupportedException>(() => Evaluate(RandomCircuit(new Random(1), n, 2, 3), 0, 1, path));
            return;
        }

        var random = new Random(2000 + n);
        var words = (int)CircuitTruthTable.Words(n);
        long[] scales = [3, 1000, 1L << 20, 1L << 40];
        for (var trial = 0; trial < 12; trial++)
        {
            // The scales force 8-, 16-, 32- and 64-bit lanes.
            var scale = scales[trial % 4];
            var circuit = RandomCircuit(random, n, 1 + trial % 6, scale);
            var table = new ulong[words + 1];
            table[^1] = 0xDEADBEEF;
            CircuitTruthTable.Evaluate(n, circuit.InputWeightMatrix(), circuit.GateWeightMatrix(), circuit.Thresholds(), 0, table.AsSpan(0, words), path);
            for (var x = 0UL; x < 1UL << n; x++) Assert.Equal(CircuitReference.Evaluate(circuit, x), (table[x >> 6] >> (int)(x & 63) & 1) != 0);
            if (n < 6) Assert.Equal(0UL, table[0] >> (1 << n));
            Assert.Equal(0xDEADBEEFUL, table[^1]);

            // Any sub-range gives the same words as the full table.
            var first = random.Next(words);
            var count = random.Next(words - first + 1);
            var part = new ulong[count];
            CircuitTruthTable.Evaluate(n, circuit.InputWeightMatrix(), circuit.GateWeightMatrix(), circuit.Thresholds(), first, part, path);
            Assert.Equal(table.AsSpan(first, count).ToArray(), part);
        }
    }

    [Fact]
    public void Misuse_is_rejected()
    {
        long[] one = [1];
        Assert.Throws<ArgumentException>(() => CircuitTruthTable.Evaluate(1, one, [0], [1], 1, new ulong[1]));
        Assert.Throws<ArgumentException>(() => CircuitTruthTable.Evaluate(8, one, [0], [1], 0, new ulong[4]));
        Assert.Throws<ArgumentException>(() => CircuitTruthTable.Evaluate(1, one, [0, 0], [1], 0, new ulong[1]));
        Assert.Throws<ArgumentException>(() => CircuitTruthTable.Evaluate(1, [1, 1], [0, 1, 0, 0], [1, 1], 0, new ulong[1]));
        Assert.Throws<ArgumentException>(() => CircuitTruthTable.Evaluate(1, [1L << 49], [0], [1], 0, new ulong[1]));
        Assert.Throws<ArgumentException>(() => CircuitTruthTable.Evaluate(63, new long[63], [0], [1], 0, new ulong[1]));
        Assert.Throws<ArgumentException>(() => CircuitTruthTable.Evaluate(1, [], [], [], 0, new ulong[1]));
    }

    internal static ThresholdCircuit RandomCircuit(Random random, int n, int gates, long scale)
    {
        var list = new List<CircuitGate>();
        for (var g = 0; g < gates; g++)
        {
            var inputs = Enumerable.Range(0, n).Select(_ => random.NextInt64(-scale, scale + 1)).ToArray();
            var earlier = Enumerable.Range(0, g).Select(_ => random.Next(3) == 0 ? 0 : random.NextInt64(-scale, scale + 1)).ToArray();
            list.Add(new CircuitGate(inputs, earlier, random.NextInt64(-scale, scale + 1)));
        }

        return new ThresholdCircuit(n, list);
    }

    private static void Evaluate(ThresholdCircuit c, long first, int words, KernelPath path) =>
        CircuitTruthTable.Evaluate(c.Inputs, c.InputWeightMatrix(), c.GateWeightMatrix(), c.Thresholds(), first, new ulong[words], path);

    private static bool Supported(KernelPath path) => path switch
    {
        KernelPath.Vector512 => Vector512.IsHardwareAccelerated,
        KernelPath.Vector256 => Vector256.IsHardwareAccelerated,
        _ => true,
    };
}
