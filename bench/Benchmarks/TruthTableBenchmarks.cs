using BenchmarkDotNet.Attributes;
using Expressivity.Domain.Kernels;

namespace Expressivity.Benchmarks;

/// <summary>
/// Inputs per second of the truth-table kernel on each path against a naive per-input dot product, in
/// the same run. One operation evaluates all 2^N inputs, so inputs/s = 2^N / (time per operation).
/// </summary>
[ShortRunJob]
public class TruthTableBenchmarks
{
    private long[] _weights = [];
    private ulong[] _table = [];
    private long _threshold;

    /// <summary>Number of inputs.</summary>
    [Params(16, 24)]
    public int N { get; set; }

    /// <summary>Seeded random weights in [−1000, 1000] and a threshold near the middle.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _weights = Enumerable.Range(0, N).Select(_ => random.NextInt64(-1000, 1001)).ToArray();
        _threshold = _weights.Where(w => w > 0).Sum() / 2;
        _table = new ulong[ThresholdTruthTable.Words(N)];
    }

    /// <summary>The kernel, widest path (Vector512 here).</summary>
    [Benchmark]
    public ulong KernelAuto()
    {
        ThresholdTruthTable.Evaluate(_weights, _threshold, _table);
        return _table[0];
    }

    /// <summary>The kernel forced to Vector256.</summary>
    [Benchmark]
    public ulong KernelVector256()
    {
        ThresholdTruthTable.Evaluate(_weights, _threshold, _table, KernelPath.Vector256);
        return _table[0];
    }

    /// <summary>The kernel's scalar reference.</summary>
    [Benchmark]
    public ulong KernelScalar()
    {
        ThresholdTruthTable.Evaluate(_weights, _threshold, _table, KernelPath.Scalar);
        return _table[0];
    }

    /// <summary>The naive baseline: a fresh dot product for every input.</summary>
    [Benchmark(Baseline = true)]
    public ulong NaiveDotProduct()
    {
        var n = _weights.Length;
        Array.Clear(_table);
        for (long x = 0; x < 1L << n; x++)
        {
            long s = 0;
            for (var i = 0; i < n; i++)
            {
                if ((x >> i & 1) != 0) s += _weights[i];
            }

            if (s >= _threshold) _table[x >> 6] |= 1UL << (int)(x & 63);
        }

        return _table[0];
    }
}
