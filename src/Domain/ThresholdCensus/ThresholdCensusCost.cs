using System.Numerics;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Domain.ThresholdCensus;

/// <summary>
/// The cost model of a <c>threshold-census</c> sweep (docs/design/resource-limits.md). Stage 0: the
/// search's nodes for N (measured for N ≤ 8, projected from the live N = 9 run, extrapolated for N = 10)
/// times a time per node; units are nodes / node budget, each holding a decision prefix of up to 2^N
/// characters. Stage 1: E(N, K) for K up to the limit (or M(N) where known), each K walking the
/// C(N + K, N) sorted weight vectors over 2^N points. Nothing goes to the partial store.
/// </summary>
public static class ThresholdCensusCost
{
    /// <summary>Seconds per search node (N = 8: 6 917 834 nodes in 14.6 CPU-seconds).</summary>
    public const double SecondsPerNode = 2.1e-6;

    /// <summary>Seconds per (sorted vector × point) of the E(N, K) stage (calibrated, see the design page).</summary>
    public const double SecondsPerBoundPoint = 6.0e-9;

    /// <summary>Search nodes by N: measured for N ≤ 8, about 1.4·10^10 for N = 9 (70 364 units of 200 000 nodes), extrapolated ×1000 for N = 10.</summary>
    private static readonly double[] Nodes = [1, 3, 10, 40, 250, 3_000, 60_000, 700_000, 6_917_834, 1.4e10, 1.4e13];

    /// <summary>M(N), the largest weight needed, for N = 0..7 (the E(N, K) stage stops there).</summary>
    private static readonly int[] MaxWeight = [0, 1, 1, 2, 3, 5, 9, 18];

    /// <summary>The estimate for <paramref name="spec"/> with the kind's node budget.</summary>
    public static SweepCost Estimate(ThresholdCensusSpec spec, long nodeBudget = ThresholdCensusKind.DefaultNodeBudget)
    {
        var nodes = Nodes[spec.N];
        var searchUnits = new BigInteger(Math.Ceiling(nodes / nodeBudget));
        var searchSeconds = nodes * SecondsPerNode;
        var k = spec.N < MaxWeight.Length ? Math.Min(spec.WeightBoundLimit, MaxWeight[spec.N]) : spec.WeightBoundLimit;
        var boundSeconds = k == 0 || spec.N == 0 ? 0 : (double)Binomial(spec.N + k, spec.N) * (1 << spec.N) * SecondsPerBoundPoint;
        var units = searchUnits + (k > 0 ? 1 : 0);
        var field = boundSeconds > searchSeconds ? "weightBoundLimit" : "n";
        return new SweepCost(units, ResourceLimits.PlanBytes(units, (1 << spec.N) + 16), 0, (searchSeconds + boundSeconds) / 3600, field);
    }

    private static BigInteger Binomial(int n, int k)
    {
        BigInteger result = 1;
        for (var i = 1; i <= k; i++) result = result * (n - k + i) / i;
        return result;
    }
}
