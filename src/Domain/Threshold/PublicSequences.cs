using System.Numerics;

namespace Expressivity.Domain.Threshold;

/// <summary>
/// The public ground truth of SPEC.md section 1.2, indexed by N, which kinds check their totals against
/// (a count that disagrees with one of these is refused, not reported). Values SPEC.md calls disputed are left out.
/// </summary>
public static class PublicSequences
{
    /// <summary>A000609: threshold functions of at most N variables, N = 0..9.</summary>
    public static readonly IReadOnlyList<BigInteger> ThresholdFunctions =
        [2, 4, 14, 104, 1882, 94572, 15028134, 8378070864, 17561539552946, BigInteger.Parse("144130531453121108", System.Globalization.CultureInfo.InvariantCulture)];

    /// <summary>A000617: NP-equivalence classes, N = 0..8 (N = 9 is disputed).</summary>
    public static readonly IReadOnlyList<BigInteger> NpClasses = [2, 3, 5, 10, 27, 119, 1113, 29375, 2730166];

    /// <summary>A002078: positive (monotone) threshold functions, N = 0..8.</summary>
    public static readonly IReadOnlyList<BigInteger> Positive = [2, 3, 6, 20, 150, 3287, 244158, 66291591, 68863243522];

    /// <summary>A000615: threshold functions depending on exactly N variables, N = 0..8.</summary>
    public static readonly IReadOnlyList<BigInteger> ExactlyN = [2, 2, 8, 72, 1536, 86080, 14487040, 8274797440, 17494930604032];

    /// <summary>A001532: NP-classes of self-dual threshold functions of N variables, N = 0..10 (N = 0 has none).</summary>
    public static readonly IReadOnlyList<BigInteger> SelfDualClasses = [0, 1, 1, 2, 3, 7, 21, 135, 2470, 175428, 52980624];

    /// <summary>The known value at <paramref name="n"/>, or null beyond the sequence.</summary>
    public static BigInteger? At(IReadOnlyList<BigInteger> sequence, int n) => n >= 0 && n < sequence.Count ? sequence[n] : null;
}
