using System.Numerics;

namespace Expressivity.Domain.SnnRegions.Sweep;

/// <summary>
/// Known numbers to print beside a configuration's best count (SPEC.md 2.3): the one-neuron maximum,
/// a counting upper bound for the whole network, and the shared-weight construction for one layer.
/// </summary>
public static class RegionBounds
{
    /// <summary>Theorem 4: one neuron with d inputs has at most 2^d − 1 regions (reached with positive weights on a large box).</summary>
    public static BigInteger OneNeuron(int inputs) => (BigInteger.One << inputs) - 1;

    /// <summary>
    /// Upper bound: a region is one tuple of per-neuron patterns, so the count is at most the product over
    /// neurons of the patterns each can take. A neuron with k inputs and positive weights always fires with
    /// a non-empty causal set (2^k − 1 patterns); with mixed signs it may also never fire (2^k).
    /// </summary>
    public static BigInteger Product(int inputs, IReadOnlyList<int> widths, bool mixed)
    {
        var bound = BigInteger.One;
        var fanin = inputs;
        foreach (var width in widths)
        {
            var patterns = (BigInteger.One << fanin) - (mixed ? 0 : 1);
            bound *= BigInteger.Pow(patterns, width);
            fanin = width;
        }

        return bound;
    }

    /// <summary>
    /// One layer of m neurons sharing weights and delays, distinct thresholds: (m+1)^d − m^d regions on a
    /// large enough box (a construction, so a lower bound on the maximum). Null for deeper networks.
    /// </summary>
    public static BigInteger? SharedWeights(int inputs, IReadOnlyList<int> widths) =>
        widths.Count == 1 ? BigInteger.Pow(widths[0] + 1, inputs) - BigInteger.Pow(widths[0], inputs) : null;
}
