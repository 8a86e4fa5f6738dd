using System.Numerics;

namespace Expressivity.Domain.NeuronExpressivity;

/// <summary>The bounds the parser enforces, with the reason for each.</summary>
public static class NeuronLimits
{
    /// <summary>
    /// Most values in a <c>weights.set</c>: checked before the values are read, so a huge list is refused
    /// at once (a wider family is a <c>min</c>/<c>max</c> range).
    /// </summary>
    public const int MaxWeightSetSize = 4096;

    /// <summary>Truth tables are <see cref="UInt128"/>, so brute force handles up to 2^7 = 128 input points.</summary>
    public const int MaxBruteN = 7;

    /// <summary>
    /// Method canonical: Chow parameters (at most 2^n) and their doubles stay exact in a long, and a packed
    /// key keeps n + 1 bits per entry.
    /// </summary>
    public const int MaxCanonicalN = 62;

    /// <summary>
    /// Method canonical: bound on n·max|w|, the length of the subset-sum count arrays (and the number of
    /// thresholds per sorted vector).
    /// </summary>
    public const long MaxCanonicalWeightSum = 1L << 20;

    /// <summary>Method canonical: sanity cap on the sorted vectors walked, C(n + L − 1, n) for L letters.</summary>
    public static readonly BigInteger MaxSortedVectors = BigInteger.One << 36;

    /// <summary>
    /// Sanity cap on the weight vectors one brute-force sweep enumerates (2^40, days of CPU time):
    /// anything larger is almost certainly a typo.
    /// </summary>
    public static readonly BigInteger MaxWeightVectors = BigInteger.One << 40;

    /// <summary>
    /// Bound on n·max|w|: keeps every dot product (and the ±2w steps of the bipolar incremental update)
    /// far inside a long.
    /// </summary>
    public const long MaxDotMagnitude = 1L << 61;

    /// <summary>Bound on |t|, so t and t+1 never overflow and stay comparable with every dot product.</summary>
    public const long MaxThresholdMagnitude = 1L << 62;
}
