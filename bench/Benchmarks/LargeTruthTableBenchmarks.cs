using BenchmarkDotNet.Attributes;
using Expressivity.Domain.Kernels;

namespace Expressivity.Benchmarks;

/// <summary>The kernel alone at N = 30 (2^30 inputs, a 128 MiB table); the naive loop would take minutes.</summary>
[ShortRunJob]
public class LargeTruthTableBenchmarks
{
    private long[] _weights = [];
    private ulong[] _table = [];
    private long _threshold;

    /// <summary>Seeded random weights in [−1000, 1000].</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _weights = Enumerable.Range(0, 30).Select(_ => random.NextInt64(-1000, 1001)).ToArray();
        _threshold = _weights.Where(w => w > 0).Sum() / 2;
        _table = new ulong[ThresholdTruthTable.Words(30)];
    }

    /// <summary>The kernel, widest path, all 2^30 inputs.</summary>
    [Benchmark]
    public ulong KernelAutoN30()
    {
        ThresholdTruthTable.Evaluate(_weights, _threshold, _table);
        return _table[0];
    }
}
