using BenchmarkDotNet.Attributes;
using Expressivity.Domain.Kernels;
using Expressivity.Domain.Threshold;

namespace Expressivity.Benchmarks;

/// <summary>
/// Chow parameters of [w·x ≥ t] for every threshold t of one non-negative weight vector: the
/// subset-sum path (<see cref="ChowTable"/>, polynomial in N·Σw) against truth tables (the kernel plus
/// popcounts) for a handful of thresholds.
/// </summary>
[ShortRunJob]
public class ChowBenchmarks
{
    private int[] _weights = [];
    private long[] _longWeights = [];
    private ChowTable _table = new(0);
    private ulong[] _truth = [];
    private long[] _chow = [];

    /// <summary>Number of inputs.</summary>
    [Params(16, 24)]
    public int N { get; set; }

    /// <summary>Seeded random weights in [0, 100].</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        _weights = Enumerable.Range(0, N).Select(_ => random.Next(0, 101)).ToArray();
        _longWeights = _weights.Select(w => (long)w).ToArray();
        _table = new ChowTable(N);
        _truth = new ulong[ThresholdTruthTable.Words(N)];
        _chow = new long[N + 1];
    }

    /// <summary>Every threshold 0..Σw+1 (about 50·N of them) from one subset-sum product.</summary>
    [Benchmark]
    public long SubsetSumsAllThresholds()
    {
        _table.Load(_weights);
        long check = 0;
        for (var t = 0; t <= _table.Total + 1; t++)
        {
            _table.Chow(t, _chow);
            check += _chow[1];
        }

        return check;
    }

    /// <summary>One threshold through a truth table and popcounts (multiply by Σw + 2 for all thresholds).</summary>
    [Benchmark]
    public long TruthTableOneThreshold()
    {
        ThresholdTruthTable.Evaluate(_longWeights, _weights.Sum() / 2, _truth);
        ThresholdWitness.ChowOf(_truth, N, _chow);
        return _chow[1];
    }
}
