using System.Numerics;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Domain.Autoencoders;

/// <summary>
/// The cost model of an <c>autoencoder-search</c> sweep (docs/design/resource-limits.md). Units are the
/// planner's own (at most a few dozen ranges). One-layer over all sets counts column classes and never
/// visits a set: seconds, whatever D. Min-width over all sets pays per orbit representative, about
/// C(2^D, n) / (2^D · D!) of them; samples pay per drawn set. Nothing goes to the partial store.
/// </summary>
public static class AutoencoderSearchCost
{
    /// <summary>CPU-seconds of a one-layer count over all sets ((3, 7) took 8.7 s, (3, 6) 1.8 s).</summary>
    public const double OneLayerSeconds = 10;

    /// <summary>CPU-seconds per orbit representative of the min-width walk ((3, 6): 1 413 s over 120 843).</summary>
    public const double SecondsPerOrbit = 0.012;

    /// <summary>CPU-seconds per sampled set (one-layer; min-width sets cost up to a second each at d = 4).</summary>
    public const double SecondsPerSampledSet = 0.01;

    /// <summary>CPU-seconds per n²·D step of building and checking a construction.</summary>
    public const double SecondsPerConstructionStep = 5e-9;

    /// <summary>The estimate for <paramref name="spec"/> with the kind's unit counts.</summary>
    public static SweepCost Estimate(AutoencoderSearchSpec spec, AutoencoderSearchKind kind)
    {
        var units = kind.Plan(spec, 0, Partial.Empty).Count;
        var plan = ResourceLimits.PlanBytes(units, 32);
        if (spec.Set is not null) return new SweepCost(1, plan, 0, 1.0 / 60, "set");
        if (spec.Construction is not null)
        {
            // About n²·D weight additions per set at a few ns each (n = 1024, D = 64: 0.3 s).
            var perSet = (double)spec.Vectors * spec.Vectors * spec.VectorBits * SecondsPerConstructionStep;
            return new SweepCost(units, plan, 0, spec.Sample!.Sets * perSet / 3600, "sample.sets");
        }

        if (spec.Sample is not null)
        {
            var perSet = spec.AsksMinWidth ? 100 * SecondsPerSampledSet : SecondsPerSampledSet;
            return new SweepCost(units, plan, 0, spec.Sample.Sets * perSet / 3600, "sample.sets");
        }

        if (!spec.AsksMinWidth) return new SweepCost(units, plan, 0, OneLayerSeconds / 3600, "vectorBits");
        var orbits = (double)(ColumnSetCount.Binomial(1 << spec.VectorBits, spec.SetSize) / GroupOrder(spec.VectorBits));
        return new SweepCost(units, plan, BigInteger.Zero, orbits * SecondsPerOrbit / 3600, "vectorBits");
    }

    // 2^D · D!, the symmetries of the vector cube.
    private static BigInteger GroupOrder(int d)
    {
        BigInteger order = BigInteger.One << d;
        for (var i = 2; i <= d; i++) order *= i;
        return order;
    }
}
