using Expressivity.Domain.Numerics;

namespace Expressivity.Domain.SnnRegions;

/// <summary>
/// The firing of one neuron: its time (null = never fires, a normal outcome) and causal set
/// E = {u : a_u &lt; t_v} as a bit mask over its inputs (0 when it never fires).
/// </summary>
public readonly record struct Firing(BigRational? Time, ulong CausalSet)
{
    /// <summary>The neuron does not fire.</summary>
    public static Firing Never => new(null, 0);

    /// <summary>True when the neuron fires.</summary>
    public bool Fires => Time is not null;

    /// <summary>The causal pattern of this firing.</summary>
    public CausalPattern Pattern => Fires ? CausalPattern.FiredBy(CausalSet) : CausalPattern.Never;

    /// <summary>
    /// SPEC.md 2.1 exactly: sort the arrivals; for k = 1.. with W_k = Σ_{i≤k} w_(i) &gt; 0 the candidate
    /// c_k = (θ + Σ_{i≤k} w_(i) a_(i)) / W_k is valid when a_(k) ≤ c_k ≤ a_(k+1); the first valid one is the
    /// firing time. Absent arrivals (null: that input never fired) take no part.
    /// </summary>
    public static Firing Compute(IReadOnlyList<BigRational> weights, BigRational threshold, IReadOnlyList<BigRational?> arrivals)
    {
        var order = Enumerable.Range(0, arrivals.Count).Where(i => arrivals[i] is not null)
            .OrderBy(i => arrivals[i]!.Value).ThenBy(i => i).ToArray();
        var weightSum = BigRational.Zero;
        var weighted = BigRational.Zero;
        for (var k = 0; k < order.Length; k++)
        {
            var a = arrivals[order[k]]!.Value;
            weightSum += weights[order[k]];
            weighted += weights[order[k]] * a;
            if (weightSum.Sign <= 0) continue;
            var candidate = (threshold + weighted) / weightSum;
            if (candidate < a) continue;
            if (k + 1 < order.Length && candidate > arrivals[order[k + 1]]!.Value) continue;
            ulong causal = 0;
            for (var i = 0; i < arrivals.Count; i++)
            {
                if (arrivals[i] is { } ai && ai < candidate) causal |= 1UL << i;
            }

            return new Firing(candidate, causal);
        }

        return Never;
    }
}
