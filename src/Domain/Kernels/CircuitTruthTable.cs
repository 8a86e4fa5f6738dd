using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Expressivity.Domain.Kernels;

/// <summary>
/// Evaluates a threshold circuit on a range of its 2^n inputs, 64 inputs per output word (bit x of
/// word x / 64 is the output on input x; bit i of x is input i + 1). Inside a word the six low inputs
/// vary: each gate's 64 low-input sums are computed once and held in SIMD lanes. The high inputs are
/// constant across a word, so they enter each gate as one scalar cut t − (high sum), updated
/// incrementally from word to word. A gate's reading of earlier gates costs one AND and one ADD per
/// vector, because a gate's result stays in lane form (all ones or zero per lane). Lanes are 16, 32
/// or 64 bits wide, the narrowest that holds every gate's low-input-and-gate sum exactly, so a
/// Vector512 carries up to 32 inputs; the cut is clamped to that sum's range, which changes no
/// comparison. Everything is exact integer arithmetic.
/// </summary>
public static class CircuitTruthTable
{
    /// <summary>Largest n accepted (word indices stay in a long).</summary>
    public const int MaxInputs = 62;

    /// <summary>Most gates accepted.</summary>
    public const int MaxGates = 4096;

    /// <summary>Largest |weight| or |threshold| accepted.</summary>
    public const long MaxMagnitude = 1L << 48;

    /// <summary>Words of a full truth table of <paramref name="n"/> inputs.</summary>
    public static long Words(int n) => n <= 6 ? 1 : 1L << (n - 6);

    /// <summary>
    /// Writes the output gate's truth table for words [<paramref name="firstWord"/>, firstWord +
    /// destination.Length). Gate g outputs [Σ_i inputWeights[g·n + i]·x_i + Σ_{j&lt;g} gateWeights[g·G + j]·g_j ≥
    /// thresholds[g]]; the last gate is the output. For n &lt; 6 bits past 2^n are zero.
    /// </summary>
    /// <exception cref="ArgumentException">Mismatched lengths, a range outside the table, gate weights on or above the diagonal, magnitudes past ±2^48.</exception>
    /// <exception cref="PlatformNotSupportedException">A forced SIMD path the CPU does not accelerate.</exception>
    public static void Evaluate(
        int inputs, ReadOnlySpan<long> inputWeights, ReadOnlySpan<long> gateWeights, ReadOnlySpan<long> thresholds,
        long firstWord, Span<ulong> destination, KernelPath path = KernelPath.Auto)
    {
        var shape = CircuitShape.Create(inputs, inputWeights, gateWeights, thresholds);
        if (firstWord < 0 || firstWord > Words(inputs) - destination.Length)
            throw new ArgumentException($"words [{firstWord}, {firstWord + destination.Length}) lie outside the {Words(inputs)}-word table", nameof(firstWord));
        path = path == KernelPath.Auto ? ThresholdTruthTable.Best : Check(path);
        var validMask = inputs >= 6 ? ulong.MaxValue : (1UL << (1 << inputs)) - 1;
        switch (path)
        {
            case KernelPath.Vector512 when shape.LaneBits == 16:
                Walk(new Block512<short>(shape), shape, firstWord, destination, validMask);
                break;
            case KernelPath.Vector512 when shape.LaneBits == 32:
                Walk(new Block512<int>(shape), shape, firstWord, destination, validMask);
                break;
            case KernelPath.Vector512:
                Walk(new Block512<long>(shape), shape, firstWord, destination, validMask);
                break;
            case KernelPath.Vector256 when shape.LaneBits == 16:
                Walk(new Block256<short>(shape), shape, firstWord, destination, validMask);
                break;
            case KernelPath.Vector256 when shape.LaneBits == 32:
                Walk(new Block256<int>(shape), shape, firstWord, destination, validMask);
                break;
            case KernelPath.Vector256:
                Walk(new Block256<long>(shape), shape, firstWord, destination, validMask);
                break;
            default:
                Walk(new BlockScalar(shape), shape, firstWord, destination, validMask);
                break;
        }
    }

    private static KernelPath Check(KernelPath path) => path switch
    {
        KernelPath.Vector512 when !Vector512.IsHardwareAccelerated => throw new PlatformNotSupportedException("Vector512 is not accelerated here"),
        KernelPath.Vector256 when !Vector256.IsHardwareAccelerated => throw new PlatformNotSupportedException("Vector256 is not accelerated here"),
        _ => path,
    };

    // Words in order; from word w − 1 to w the inputs that flip are the trailing bits of w ^ (w − 1),
    // two on average, and each flip moves every gate's high sum by that input's weight.
    private static void Walk<TBlock>(TBlock block, CircuitShape shape, long firstWord, Span<ulong> destination, ulong validMask)
        where TBlock : struct, IBlock
    {
        var gates = shape.Gates;
        var high = new long[gates];
        for (var b = 0; b < shape.HighInputs; b++)
        {
            if ((firstWord >> b & 1) == 0) continue;
            for (var g = 0; g < gates; g++) high[g] += shape.HighWeights[b * gates + g];
        }

        for (var w = 0; w < destination.Length; w++)
        {
            if (w > 0)
            {
                var word = firstWord + w;
                var flipped = (ulong)(word ^ (word - 1));
                while (flipped != 0)
                {
                    var b = BitOperations.TrailingZeroCount(flipped);
                    flipped &= flipped - 1;
                    var sign = (word >> b & 1) != 0 ? 1 : -1;
                    var row = shape.HighWeights.AsSpan(b * gates, gates);
                    for (var g = 0; g < gates; g++) high[g] += sign * row[g];
                }
            }

            for (var g = 0; g < gates; g++)
            {
                var bound = shape.Bounds[g];
                block.Gate(g, Math.Clamp(shape.Thresholds[g] - high[g], -bound, bound + 1));
            }

            destination[w] = block.Output(gates - 1) & validMask;
        }
    }

    private interface IBlock
    {
        void Gate(int g, long cut);

        ulong Output(int g);
    }

    private readonly struct Block512<T> : IBlock
        where T : unmanaged, IBinaryInteger<T>
    {
        private static readonly int PerWord = 64 / Vector512<T>.Count;
        private readonly Vector512<T>[] _low, _result, _termWeight;
        private readonly int[] _termGate, _termStart;

        public Block512(CircuitShape shape)
        {
            _low = new Vector512<T>[shape.Gates * PerWord];
            for (var k = 0; k < _low.Length; k++) _low[k] = Vector512.Create(Lanes<T>(shape.LowSums, k * Vector512<T>.Count, Vector512<T>.Count));
            _result = new Vector512<T>[_low.Length];
            _termWeight = shape.TermWeight.Select(w => Vector512.Create(T.CreateTruncating(w))).ToArray();
            _termGate = shape.TermGate;
            _termStart = shape.TermStart;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Gate(int g, long cut)
        {
            var c = Vector512.Create(T.CreateTruncating(cut));
            int start = _termStart[g], end = _termStart[g + 1];
            for (var v = 0; v < PerWord; v++)
            {
                var acc = _low[g * PerWord + v];
                for (var k = start; k < end; k++) acc += _result[_termGate[k] * PerWord + v] & _termWeight[k];
                _result[g * PerWord + v] = Vector512.GreaterThanOrEqual(acc, c);
            }
        }

        public ulong Output(int g)
        {
            ulong word = 0;
            for (var v = 0; v < PerWord; v++) word |= _result[g * PerWord + v].ExtractMostSignificantBits() << (v * Vector512<T>.Count);
            return word;
        }
    }

    private readonly struct Block256<T> : IBlock
        where T : unmanaged, IBinaryInteger<T>
    {
        private static readonly int PerWord = 64 / Vector256<T>.Count;
        private readonly Vector256<T>[] _low, _result, _termWeight;
        private readonly int[] _termGate, _termStart;

        public Block256(CircuitShape shape)
        {
            _low = new Vector256<T>[shape.Gates * PerWord];
            for (var k = 0; k < _low.Length; k++) _low[k] = Vector256.Create(Lanes<T>(shape.LowSums, k * Vector256<T>.Count, Vector256<T>.Count));
            _result = new Vector256<T>[_low.Length];
            _termWeight = shape.TermWeight.Select(w => Vector256.Create(T.CreateTruncating(w))).ToArray();
            _termGate = shape.TermGate;
            _termStart = shape.TermStart;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Gate(int g, long cut)
        {
            var c = Vector256.Create(T.CreateTruncating(cut));
            int start = _termStart[g], end = _termStart[g + 1];
            for (var v = 0; v < PerWord; v++)
            {
                var acc = _low[g * PerWord + v];
                for (var k = start; k < end; k++) acc += _result[_termGate[k] * PerWord + v] & _termWeight[k];
                _result[g * PerWord + v] = Vector256.GreaterThanOrEqual(acc, c);
            }
        }

        public ulong Output(int g)
        {
            ulong word = 0;
            for (var v = 0; v < PerWord; v++) word |= (ulong)_result[g * PerWord + v].ExtractMostSignificantBits() << (v * Vector256<T>.Count);
            return word;
        }
    }

    // The reference: 64-bit sums, one lane at a time, gate results as bit masks.
    private readonly struct BlockScalar(CircuitShape shape) : IBlock
    {
        private readonly ulong[] _result = new ulong[shape.Gates];

        public void Gate(int g, long cut)
        {
            ulong word = 0;
            for (var j = 0; j < 64; j++)
            {
                var acc = shape.LowSums[g * 64 + j];
                for (var k = shape.TermStart[g]; k < shape.TermStart[g + 1]; k++)
                {
                    if ((_result[shape.TermGate[k]] >> j & 1) != 0) acc += shape.TermWeight[k];
                }

                if (acc >= cut) word |= 1UL << j;
            }

            _result[g] = word;
        }

        public ulong Output(int g) => _result[g];
    }

    private static T[] Lanes<T>(long[] sums, int start, int count)
        where T : IBinaryInteger<T> =>
        sums.AsSpan(start, count).ToArray().Select(T.CreateTruncating).ToArray();
}
