using System.Numerics;
using Expressivity.Domain.Kernels;

namespace Expressivity.Domain.ThresholdCircuits;

/// <summary>
/// Exhaustive verification of a circuit against a symmetric function: the bit-sliced kernel evaluates
/// word after word of inputs and each word is compared with the expected word, which depends only on
/// the popcount of the word's high inputs. Ranges of words are independent, so a large n is split
/// into ranges run on several cores or, as sweep units, on several workers.
/// </summary>
public static class CircuitVerifier
{
    /// <summary>Largest n verified exhaustively (2^40 inputs is a cluster job).</summary>
    public const int MaxExhaustiveInputs = 40;

    private const int ChunkWords = 4096;

    /// <summary>
    /// The smallest input x in words [firstWord, firstWord + words) on which the circuit differs from
    /// f, or null when they agree on the whole range.
    /// </summary>
    public static ulong? FindCounterexample(
        ThresholdCircuit circuit, SymmetricFunction f, long firstWord, long words,
        KernelPath path = KernelPath.Auto, CancellationToken cancel = default)
    {
        var n = circuit.Inputs;
        if (n > CircuitTruthTable.MaxInputs) throw new ArgumentException($"at most {CircuitTruthTable.MaxInputs} inputs", nameof(circuit));
        var (inputWeights, gateWeights, thresholds) = (circuit.InputWeightMatrix(), circuit.GateWeightMatrix(), circuit.Thresholds());
        var expected = ExpectedWords(f, n);
        var buffer = new ulong[(int)Math.Min(ChunkWords, Math.Max(words, 1))];
        for (var start = firstWord; start < firstWord + words; start += buffer.Length)
        {
            cancel.ThrowIfCancellationRequested();
            var span = buffer.AsSpan(0, (int)Math.Min(buffer.Length, firstWord + words - start));
            CircuitTruthTable.Evaluate(n, inputWeights, gateWeights, thresholds, start, span, path);
            for (var k = 0; k < span.Length; k++)
            {
                var word = start + k;
                var diff = span[k] ^ expected[BitOperations.PopCount((ulong)word)];
                if (diff != 0) return (ulong)word * 64 + (ulong)BitOperations.TrailingZeroCount(diff);
            }
        }

        return null;
    }

    /// <summary>All 2^n inputs, the words split into ranges over <paramref name="parallelism"/> cores.</summary>
    public static ulong? FindCounterexample(ThresholdCircuit circuit, SymmetricFunction f, int parallelism, CancellationToken cancel = default)
    {
        if (circuit.Inputs > MaxExhaustiveInputs) throw new ArgumentException($"exhaustive verification is limited to n ≤ {MaxExhaustiveInputs}", nameof(circuit));
        return FindCounterexample(circuit, f, 0, CircuitTruthTable.Words(circuit.Inputs), parallelism, cancel);
    }

    /// <summary>Words [firstWord, firstWord + words) split into ranges over <paramref name="parallelism"/> cores; the least counterexample.</summary>
    public static ulong? FindCounterexample(ThresholdCircuit circuit, SymmetricFunction f, long firstWord, long words, int parallelism, CancellationToken cancel = default)
    {
        var ranges = (int)Math.Min(Math.Max(words, 1), 64L * Math.Max(parallelism, 1));
        var found = new ulong?[ranges];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(parallelism, 1), CancellationToken = cancel };
        Parallel.For(0, ranges, options, k =>
        {
            var (first, end) = (words * k / ranges, words * (k + 1) / ranges);
            found[k] = FindCounterexample(circuit, f, firstWord + first, end - first, KernelPath.Auto, cancel);
        });
        return found.FirstOrDefault(x => x is not null);
    }

    /// <summary>Expected output word by popcount h of the word index: bit j is f(h + popcount(j)), valid bits only.</summary>
    public static ulong[] ExpectedWords(SymmetricFunction f, int n)
    {
        var low = Math.Min(n, 6);
        var expected = new ulong[n - low + 1];
        for (var h = 0; h < expected.Length; h++)
        {
            for (var j = 0; j < 1 << low; j++)
            {
                if (f.Value(h + BitOperations.PopCount((uint)j))) expected[h] |= 1UL << j;
            }
        }

        return expected;
    }
}
