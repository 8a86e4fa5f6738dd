using Expressivity.Domain.Sweeps;

namespace Expressivity.Domain.ThresholdCircuits;

/// <summary>
/// Builders for periodic symmetric functions of n inputs (SPEC.md 3): the two depth-2 circuits, the
/// telescoping chain with given moduli, and the best chain within a depth budget. Invalid requests
/// throw <see cref="SpecException"/> naming the spec field (<c>construction</c>, <c>moduli</c>, <c>maxDepth</c>).
/// Builders do not verify; callers verify every circuit before reporting it.
/// </summary>
public static class SymmetricCircuits
{
    /// <summary>Depth 2: a gate [s ≥ k] at every change point k of f, output f(0) + Σ ±[s ≥ k] (n + 1 gates for PARITY).</summary>
    public static ThresholdCircuit Alternating(SymmetricFunction f, int n) => Build(f, n, new ChainPlan([], AlternatingTail: true));

    /// <summary>Depth 2: gates [s ≥ k·p], output [±(s − p·Σ gates) ≥ t] (⌊n/2⌋ + 1 gates for PARITY).</summary>
    public static ThresholdCircuit Halving(SymmetricFunction f, int n) => Build(f, n, HalvingPlan(f, n));

    /// <summary>The plan of <see cref="Halving"/>; refused (field <c>construction</c>) when f mod p is not one threshold.</summary>
    public static ChainPlan HalvingPlan(SymmetricFunction f, int n)
    {
        var r = Math.Min(n, f.Period - 1);
        if (f.ThresholdOn(r) is null)
            throw new SpecException("construction", $"depth2-halving needs the function to be a threshold of s mod {f.Period}; use chain or best");
        return new ChainPlan(n >= f.Period ? [f.Period] : [], AlternatingTail: false);
    }

    /// <summary>The telescoping chain with the given moduli (decreasing multiples of the period, each reducing).</summary>
    public static ThresholdCircuit Chain(SymmetricFunction f, int n, IReadOnlyList<int> moduli) => Build(f, n, ChainPlanFor(f, n, moduli));

    /// <summary>The plan of <see cref="Chain"/>; moduli that are not multiples of the period or do not reduce name <c>moduli[k]</c>.</summary>
    public static ChainPlan ChainPlanFor(SymmetricFunction f, int n, IReadOnlyList<int> moduli)
    {
        var r = n;
        for (var k = 0; k < moduli.Count; k++)
        {
            var b = moduli[k];
            if (b < 1 || b % f.Period != 0) throw new SpecException($"moduli[{k}]", $"{b} is not a positive multiple of the period {f.Period}");
            if (b > r) throw new SpecException($"moduli[{k}]", $"{b} does not reduce: s is at most {r} there");
            r = b - 1;
        }

        return new ChainPlan(moduli, AlternatingTail: f.ThresholdOn(r) is null);
    }

    /// <summary>The plan of <see cref="Best"/>; refused (field <c>maxDepth</c>) when nothing fits the budget.</summary>
    public static ChainPlan BestPlan(SymmetricFunction f, int n, int maxDepth) =>
        ChainPlanner.Best(f, n, maxDepth)
            ?? throw new SpecException("maxDepth", $"no circuit of depth ≤ {maxDepth} computes {f.Name} of {n} inputs (depth 1 only for threshold functions)");

    /// <summary>The chain with the fewest gates within <paramref name="maxDepth"/> (<see cref="ChainPlanner"/>).</summary>
    public static ThresholdCircuit Best(SymmetricFunction f, int n, int maxDepth) => Build(f, n, BestPlan(f, n, maxDepth));

    /// <summary>Builds a plan: layer by layer, the current linear form s_ℓ kept as weights over the gates so far.</summary>
    public static ThresholdCircuit Build(SymmetricFunction f, int n, ChainPlan plan)
    {
        var gates = new List<CircuitGate>();
        var form = new List<long>();
        var r = n;
        foreach (var b in plan.Moduli)
        {
            var first = gates.Count;
            for (var j = 1; j <= r / b; j++) gates.Add(new CircuitGate(Ones(n, 1), Padded(form, gates.Count), (long)j * b));
            for (var g = first; g < gates.Count; g++) form.Add(-b);
            r = Math.Min(r, b - 1);
        }

        if (!plan.AlternatingTail && f.ThresholdOn(r) is var (sign, threshold))
        {
            gates.Add(new CircuitGate(Ones(n, sign), Padded(form.Select(w => sign * w).ToList(), gates.Count), threshold));
            return new ThresholdCircuit(n, gates);
        }

        // f(s) = f(0) + Σ_c (f(c) − f(c − 1))·[s_m ≥ c]; the output fires iff that sum ≥ 1.
        var output = new long[gates.Count + f.ChangesUpTo(r).Count()];
        foreach (var c in f.ChangesUpTo(r))
        {
            output[gates.Count] = f.Value(c) ? 1 : -1;
            gates.Add(new CircuitGate(Ones(n, 1), Padded(form, gates.Count), c));
        }

        gates.Add(new CircuitGate(Ones(n, 0), output, f.Value(0) ? 0 : 1));
        return new ThresholdCircuit(n, gates);
    }

    private static long[] Ones(int n, long w) => Enumerable.Repeat(w, n).ToArray();

    private static long[] Padded(List<long> form, int length)
    {
        var a = new long[length];
        form.CopyTo(a);
        return a;
    }
}
