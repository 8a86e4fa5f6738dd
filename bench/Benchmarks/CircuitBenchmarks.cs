using BenchmarkDotNet.Attributes;
using Expressivity.Domain.Kernels;
using Expressivity.Domain.ThresholdCircuits;

namespace Expressivity.Benchmarks;

/// <summary>
/// Exhaustive evaluation of a threshold circuit (the best PARITY chain within depth 3) on all 2^N
/// inputs: the bit-sliced kernel on each path against the per-input reference evaluator, in the same
/// run. Gate-inputs per second = gates × 2^N / (time per operation), one core.
/// </summary>
[ShortRunJob]
public class CircuitBenchmarks
{
    private ThresholdCircuit _circuit = null!;
    private long[] _inputWeights = [], _gateWeights = [], _thresholds = [];
    private ulong[] _table = [];

    /// <summary>Number of inputs.</summary>
    [Params(16, 20)]
    public int N { get; set; }

    /// <summary>Builds the circuit and the destination.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _circuit = SymmetricCircuits.Best(SymmetricFunction.Parity, N, 3);
        (_inputWeights, _gateWeights, _thresholds) = (_circuit.InputWeightMatrix(), _circuit.GateWeightMatrix(), _circuit.Thresholds());
        _table = new ulong[CircuitTruthTable.Words(N)];
    }

    /// <summary>The kernel, widest path (Vector512 here).</summary>
    [Benchmark]
    public ulong KernelAuto() => Run(KernelPath.Auto);

    /// <summary>The kernel forced to Vector256.</summary>
    [Benchmark]
    public ulong KernelVector256() => Run(KernelPath.Vector256);

    /// <summary>The kernel's scalar reference.</summary>
    [Benchmark]
    public ulong KernelScalar() => Run(KernelPath.Scalar);

    /// <summary>The baseline: every gate's full weighted sum for every input.</summary>
    [Benchmark(Baseline = true)]
    public ulong PerInput()
    {
        Array.Clear(_table);
        for (var x = 0UL; x < 1UL << N; x++)
        {
            if (CircuitReference.Evaluate(_circuit, x)) _table[x >> 6] |= 1UL << (int)(x & 63);
        }

        return _table[0];
    }

    private ulong Run(KernelPath path)
    {
        CircuitTruthTable.Evaluate(N, _inputWeights, _gateWeights, _thresholds, 0, _table, path);
        return _table[0];
    }
}
