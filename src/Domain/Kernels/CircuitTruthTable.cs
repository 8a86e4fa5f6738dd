using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Expressivity.Domain.Kernels;

/// <summary>
/// Evaluates a threshold circuit on a range of its 2^n inputs into a bit-packed truth table of its
/// output (bit x of word x / 64 is the output on input x; bit i of x is input i + 1). Inputs go in
/// blocks of 512: the nine low inputs vary inside a block, and each gate's 512 low-input sums are
/// computed once and held in SIMD lanes. The high inputs are constant across a block, so they enter
/// each gate as one scalar cut t − (high sum), updated incrementally from block to block. A gate's
/// reading of earlier gates costs one AND and one ADD per vector, because gate results stay in lane
/// form (all ones or zero per lane). Lanes are 8, 16, 32 or 64 bits wide, the narrowest that holds every
/// gate's low-input-and-gate sum exactly (a Vector512 then carries 64, 32, 16 or 8 inputs); the cut is
/// clamped to that sum's range, which changes no comparison. All arithmetic is exact.
/// </summary>
public static class CircuitTruthTable
{
    /// <summary>Largest n accepted (word indices stay in a long).</summary>
    public const int MaxInputs = 62;

    /// <summary>Most gates accepted.</summary>
    public const int MaxGates = 4096;

    /// <summary>Largest |weight| or |threshold| accepted.</summary>
    public const long MaxMagnitude = 1L << 48;

    private const int BlockWords = CircuitShape.BlockLanes / 64;

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
        switch (path)
        {
            case KernelPath.Vector512 when shape.LaneBits == 8:
                Walk(new Block512<sbyte>(shape), shape, firstWord, destination);
                break;
            case KernelPath.Vector512 when shape.LaneBits == 16:
                Walk(new Block512<short>(shape), shape, firstWord, destination);
                break;
            case KernelPath.Vector512 when shape.LaneBits == 32:
                Walk(new Block512<int>(shape), shape, firstWord, destination);
                break;
            case KernelPath.Vector512:
                Walk(new Block512<long>(shape), shape, firstWord, destination);
                break;
            case KernelPath.Vector256 when shape.LaneBits == 8:
                Walk(new Block256<sbyte>(shape), shape, firstWord, destination);
                break;
            case KernelPath.Vector256 when shape.LaneBits == 16:
                Walk(new Block256<short>(shape), shape, firstWord, destination);
                break;
            case KernelPath.Vector256 when shape.LaneBits == 32:
                Walk(new Block256<int>(shape), shape, firstWord, destination);
                break;
            case KernelPath.Vector256:
                Walk(new Block256<long>(shape), shape, firstWord, destination);
                break;
            default:
                Walk(new BlockScalar(shape), shape, firstWord, destination);
                break;
        }

        if (inputs < 6 && destination.Length > 0) destination[0] &= (1UL << (1 << inputs)) - 1;
    }

    private static KernelPath Check(KernelPath path) => path switch
    {
        KernelPath.Vector512 when !Vector512.IsHardwareAccelerated => throw new PlatformNotSupportedException("Vector512 is not accelerated here"),
        KernelPath.Vector256 when !Vector256.IsHardwareAccelerated => throw new PlatformNotSupportedException("Vector256 is not accelerated here"),
        _ => path,
    };

    // Blocks in order; from block b − 1 to b the high inputs that flip are the trailing bits of
    // b ^ (b − 1), two on average, and each flip moves every gate's high sum by that input's weight.
    // A block only partly inside the range is computed whole and copied in part.
    private static void Walk<TBlock>(TBlock block, CircuitShape shape, long firstWord, Span<ulong> destination)
        where TBlock : struct, IBlock
    {
        if (destination.Length == 0) return;
        var gates = shape.Gates;
        var high = new long[gates];
        var firstBlock = firstWord / BlockWords;
        var lastBlock = (firstWord + destination.Length - 1) / BlockWords;
        for (var b = 0; b < shape.HighInputs; b++)
        {
            if ((firstBlock >> b & 1) == 0) continue;
            for (var g = 0; g < gates; g++) high[g] += shape.HighWeights[b * gates + g];
        }

        Span<ulong> words = stackalloc ulong[BlockWords];
        for (var index = firstBlock; index <= lastBlock; index++)
        {
            if (index > firstBlock)
            {
                var flipped = (ulong)(index ^ (index - 1));
                while (flipped != 0)
                {
                    var b = BitOperations.TrailingZeroCount(flipped);
                    flipped &= flipped - 1;
                    var sign = (index >> b & 1) != 0 ? 1 : -1;
                    var row = shape.HighWeights.AsSpan(b * gates, gates);
                    for (var g = 0; g < gates; g++) high[g] += sign * row[g];
                }
            }

            for (var g = 0; g < gates; g++)
            {
                var bound = shape.Bounds[g];
                block.Gate(g, Math.Clamp(shape.Thresholds[g] - high[g], -bound, bound + 1));
            }

            var start = index * BlockWords;
            var from = Math.Max(start, firstWord);
            var to = Math.Min(start + BlockWords, firstWord + destination.Length);
            if (from == start && to == start + BlockWords)
            {
                block.Output(gates - 1, destination.Slice((int)(start - firstWord), BlockWords));
            }
            else
            {
                block.Output(gates - 1, words);
                words[(int)(from - start)..(int)(to - start)].CopyTo(destination[(int)(from - firstWord)..]);
            }
        }
    }

    private interface IBlock
    {
        void Gate(int g, long cut);

        /// <summary>Packs gate g's 512 results into eight words.</summary>
        void Output(int g, Span<ulong> words);
    }

    // Gate results, low sums and term weights live in flat arrays read through refs: the inner loops
    // are the whole cost of the kernel, and array bounds checks there would double it.
    private readonly struct Block512<T> : IBlock
        where T : unmanaged, IBinaryInteger<T>
    {
        private static readonly int PerBlock = CircuitShape.BlockLanes / Vector512<T>.Count;
        private readonly Vector512<T>[] _low, _result, _termWeight;
        private readonly int[] _termGate, _termStart;

        public Block512(CircuitShape shape)
        {
            _low = new Vector512<T>[shape.Gates * PerBlock];
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
            ref var low = ref MemoryMarshal.GetArrayDataReference(_low);
            ref var result = ref MemoryMarshal.GetArrayDataReference(_result);
            ref var weight = ref MemoryMarshal.GetArrayDataReference(_termWeight);
            ref var term = ref MemoryMarshal.GetArrayDataReference(_termGate);
            var own = g * PerBlock;
            for (var v = 0; v < PerBlock; v++)
            {
                var acc = Unsafe.Add(ref low, own + v);
                for (var k = start; k < end; k++) acc += Unsafe.Add(ref result, Unsafe.Add(ref term, k) * PerBlock + v) & Unsafe.Add(ref weight, k);
                Unsafe.Add(ref result, own + v) = Vector512.GreaterThanOrEqual(acc, c);
            }
        }

        public void Output(int g, Span<ulong> words)
        {
            words.Clear();
            var count = Vector512<T>.Count;
            for (var v = 0; v < PerBlock; v++)
            {
                var bit = v * count;
                words[bit >> 6] |= _result[g * PerBlock + v].ExtractMostSignificantBits() << (bit & 63);
            }
        }
    }

    private readonly struct Block256<T> : IBlock
        where T : unmanaged, IBinaryInteger<T>
    {
        private static readonly int PerBlock = CircuitShape.BlockLanes / Vector256<T>.Count;
        private readonly Vector256<T>[] _low, _result, _termWeight;
        private readonly int[] _termGate, _termStart;

        public Block256(CircuitShape shape)
        {
            _low = new Vector256<T>[shape.Gates * PerBlock];
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
            ref var low = ref MemoryMarshal.GetArrayDataReference(_low);
            ref var result = ref MemoryMarshal.GetArrayDataReference(_result);
            ref var weight = ref MemoryMarshal.GetArrayDataReference(_termWeight);
            ref var term = ref MemoryMarshal.GetArrayDataReference(_termGate);
            var own = g * PerBlock;
            for (var v = 0; v < PerBlock; v++)
            {
                var acc = Unsafe.Add(ref low, own + v);
                for (var k = start; k < end; k++) acc += Unsafe.Add(ref result, Unsafe.Add(ref term, k) * PerBlock + v) & Unsafe.Add(ref weight, k);
                Unsafe.Add(ref result, own + v) = Vector256.GreaterThanOrEqual(acc, c);
            }
        }

        public void Output(int g, Span<ulong> words)
        {
            words.Clear();
            var count = Vector256<T>.Count;
            for (var v = 0; v < PerBlock; v++)
            {
                var bit = v * count;
                words[bit >> 6] |= (ulong)_result[g * PerBlock + v].ExtractMostSignificantBits() << (bit & 63);
            }
        }
    }

    // The reference: 64-bit sums, one lane at a time, gate results as bit masks.
    private readonly struct BlockScalar(CircuitShape shape) : IBlock
    {
        private readonly ulong[] _result = new ulong[shape.Gates * BlockWords];

        public void Gate(int g, long cut)
        {
            for (var j = 0; j < CircuitShape.BlockLanes; j++)
            {
                var acc = shape.LowSums[g * CircuitShape.BlockLanes + j];
                for (var k = shape.TermStart[g]; k < shape.TermStart[g + 1]; k++)
                {
                    if ((_result[shape.TermGate[k] * BlockWords + (j >> 6)] >> (j & 63) & 1) != 0) acc += shape.TermWeight[k];
                }

                ref var word = ref _result[g * BlockWords + (j >> 6)];
                word = acc >= cut ? word | 1UL << (j & 63) : word & ~(1UL << (j & 63));
            }
        }

        public void Output(int g, Span<ulong> words) => _result.AsSpan(g * BlockWords, BlockWords).CopyTo(words);
    }

    private static T[] Lanes<T>(long[] sums, int start, int count)
        where T : IBinaryInteger<T> =>
        sums.AsSpan(start, count).ToArray().Select(T.CreateTruncating).ToArray();
}
