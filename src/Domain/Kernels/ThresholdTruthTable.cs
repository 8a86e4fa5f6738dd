using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Expressivity.Domain.Kernels;

/// <summary>
/// Evaluates one threshold neuron [w·x ≥ t] on all 2^N inputs into a bit-packed truth table
/// (SPEC.md 1.4): bit x of word x / 64 is f(x), bit i of x is input i + 1. The six low inputs vary
/// inside a word: their 64 partial sums are computed once and held in SIMD lanes. The high inputs
/// select the word: inputs 7..12 through a table of 64 sums (consecutive words), the rest walked in
/// Gray-code order block by block, so each word costs a lane-parallel comparison of the 64 low sums
/// against t − (high sum). Sums are exact in 64 bits.
/// For N &lt; 6 only the low 2^N bits of the single word are used; the rest are zero.
/// </summary>
public static class ThresholdTruthTable
{
    /// <summary>The largest N accepted (2^26 words of destination); weights must lie in ±2^56.</summary>
    public const int MaxInputs = 32;

    /// <summary>Words a truth table of <paramref name="n"/> inputs needs.</summary>
    public static int Words(int n) => n <= 6 ? 1 : 1 << (n - 6);

    /// <summary>
    /// Writes the truth table of [w·x ≥ t] into <paramref name="destination"/>. <paramref name="path"/>
    /// forces an implementation (tests, benchmarks); the default picks the widest accelerated one.
    /// </summary>
    /// <exception cref="ArgumentException">Destination shorter than <see cref="Words"/>(N), or N out of range.</exception>
    /// <exception cref="PlatformNotSupportedException">A forced SIMD path the CPU does not accelerate.</exception>
    public static void Evaluate(ReadOnlySpan<long> weights, long threshold, Span<ulong> destination, KernelPath path = KernelPath.Auto)
    {
        var n = weights.Length;
        if (n > MaxInputs) throw new ArgumentException($"at most {MaxInputs} inputs", nameof(weights));
        var words = Words(n);
        if (destination.Length < words) throw new ArgumentException($"destination needs {words} words", nameof(destination));
        foreach (var w in weights)
        {
            if (w is > 1L << 56 or < -(1L << 56)) throw new ArgumentException("weights must lie in [-2^56, 2^56]", nameof(weights));
        }

        path = Resolve(path);

        // Every partial sum lies in ±2^61 (N ≤ 32, |w| ≤ 2^56), so clamping t to ±2^62 changes no
        // comparison, keeps t − sum inside a long and above the long.MinValue of unused lanes.
        threshold = Math.Clamp(threshold, -(1L << 62), 1L << 62);

        // Low sums; lanes past 2^N (N < 6) hold long.MinValue so they never reach any threshold.
        Span<long> low = stackalloc long[64];
        var lowInputs = Math.Min(n, 6);
        for (var j = 0; j < 64; j++)
        {
            if (j >> lowInputs != 0)
            {
                low[j] = long.MinValue;
                continue;
            }

            long s = 0;
            for (var i = 0; i < lowInputs; i++) s += (j >> i & 1) != 0 ? weights[i] : 0;
            low[j] = s;
        }

        var high = weights[lowInputs..];
        switch (path)
        {
            case KernelPath.Vector512:
                var wide = new Lanes512(low);
                Walk(ref wide, high, threshold, destination[..words]);
                break;
            case KernelPath.Vector256:
                var narrow = new Lanes256(low);
                Walk(ref narrow, high, threshold, destination[..words]);
                break;
            default:
                var scalar = new LanesScalar(low);
                Walk(ref scalar, high, threshold, destination[..words]);
                break;
        }
    }

    /// <summary>The path <see cref="KernelPath.Auto"/> resolves to on this CPU.</summary>
    public static KernelPath Best =>
        Vector512.IsHardwareAccelerated ? KernelPath.Vector512
        : Vector256.IsHardwareAccelerated ? KernelPath.Vector256
        : KernelPath.Scalar;

    private static KernelPath Resolve(KernelPath path) => path switch
    {
        KernelPath.Auto => Best,
        KernelPath.Vector512 when !Vector512.IsHardwareAccelerated => throw new PlatformNotSupportedException("Vector512 is not accelerated here"),
        KernelPath.Vector256 when !Vector256.IsHardwareAccelerated => throw new PlatformNotSupportedException("Vector256 is not accelerated here"),
        _ => path,
    };

    // Inputs 6..11 ("middle") index 64 consecutive words; their sums are tabulated once, and the inputs
    // above walk in Gray-code order one block of consecutive words at a time, so writes stay
    // sequential. Generic over the word maker so each path is a specialised loop.
    private static void Walk<T>(ref T lanes, ReadOnlySpan<long> high, long threshold, Span<ulong> destination)
        where T : struct, IWordMaker
    {
        var middleInputs = Math.Min(high.Length, 6);
        var block = 1 << middleInputs;
        Span<long> middle = stackalloc long[block];
        for (var m = 0; m < block; m++)
        {
            long s = 0;
            for (var i = 0; i < middleInputs; i++) s += (m >> i & 1) != 0 ? high[i] : 0;
            middle[m] = s;
        }

        var top = high[middleInputs..];
        long topSum = 0;
        var gray = 0;
        var blocks = destination.Length / block;
        for (var step = 0; step < blocks; step++)
        {
            if (step > 0)
            {
                var i = BitOperations.TrailingZeroCount(step);
                gray ^= 1 << i;
                topSum += (gray >> i & 1) != 0 ? top[i] : -top[i];
            }

            // f(x) = [low + base ≥ t] = [low ≥ t − base]; t is pre-clamped so this cannot overflow.
            var target = destination.Slice(gray * block, block);
            var rest = threshold - topSum;
            for (var m = 0; m < block; m++) target[m] = lanes.Word(rest - middle[m]);
        }
    }

    private interface IWordMaker
    {
        ulong Word(long cut);
    }

    private readonly struct Lanes512(ReadOnlySpan<long> low) : IWordMaker
    {
        private readonly Vector512<long> _a = Vector512.Create(low[..8]), _b = Vector512.Create(low[8..16]),
            _c = Vector512.Create(low[16..24]), _d = Vector512.Create(low[24..32]), _e = Vector512.Create(low[32..40]),
            _f = Vector512.Create(low[40..48]), _g = Vector512.Create(low[48..56]), _h = Vector512.Create(low[56..64]);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public ulong Word(long cut)
        {
            var c = Vector512.Create(cut);
            return Vector512.GreaterThanOrEqual(_a, c).ExtractMostSignificantBits()
                | Vector512.GreaterThanOrEqual(_b, c).ExtractMostSignificantBits() << 8
                | Vector512.GreaterThanOrEqual(_c, c).ExtractMostSignificantBits() << 16
                | Vector512.GreaterThanOrEqual(_d, c).ExtractMostSignificantBits() << 24
                | Vector512.GreaterThanOrEqual(_e, c).ExtractMostSignificantBits() << 32
                | Vector512.GreaterThanOrEqual(_f, c).ExtractMostSignificantBits() << 40
                | Vector512.GreaterThanOrEqual(_g, c).ExtractMostSignificantBits() << 48
                | Vector512.GreaterThanOrEqual(_h, c).ExtractMostSignificantBits() << 56;
        }
    }

    // Sixteen 4-lane vectors held in fields, like the 512-bit path.
    private readonly struct Lanes256(ReadOnlySpan<long> low) : IWordMaker
    {
        private readonly Vector256<long> _a = Vector256.Create(low[..4]), _b = Vector256.Create(low[4..8]),
            _c = Vector256.Create(low[8..12]), _d = Vector256.Create(low[12..16]), _e = Vector256.Create(low[16..20]),
            _f = Vector256.Create(low[20..24]), _g = Vector256.Create(low[24..28]), _h = Vector256.Create(low[28..32]),
            _i = Vector256.Create(low[32..36]), _j = Vector256.Create(low[36..40]), _k = Vector256.Create(low[40..44]),
            _l = Vector256.Create(low[44..48]), _m = Vector256.Create(low[48..52]), _n = Vector256.Create(low[52..56]),
            _o = Vector256.Create(low[56..60]), _p = Vector256.Create(low[60..64]);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public ulong Word(long cut)
        {
            var c = Vector256.Create(cut);
            return Bits(_a, c, 0) | Bits(_b, c, 4) | Bits(_c, c, 8) | Bits(_d, c, 12)
                | Bits(_e, c, 16) | Bits(_f, c, 20) | Bits(_g, c, 24) | Bits(_h, c, 28)
                | Bits(_i, c, 32) | Bits(_j, c, 36) | Bits(_k, c, 40) | Bits(_l, c, 44)
                | Bits(_m, c, 48) | Bits(_n, c, 52) | Bits(_o, c, 56) | Bits(_p, c, 60);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static ulong Bits(Vector256<long> lanes, Vector256<long> cut, int shift) =>
            (ulong)Vector256.GreaterThanOrEqual(lanes, cut).ExtractMostSignificantBits() << shift;
    }

    private readonly struct LanesScalar : IWordMaker
    {
        private readonly long[] _low;

        public LanesScalar(ReadOnlySpan<long> low) => _low = low.ToArray();

        public ulong Word(long cut)
        {
            ulong word = 0;
            for (var j = 0; j < 64; j++)
            {
                if (_low[j] >= cut) word |= 1UL << j;
            }

            return word;
        }
    }
}
