namespace Expressivity.Domain.ThresholdCircuits;

/// <summary>
/// The shape of a telescoping chain (SPEC.md 3): moduli B_1 &gt; … &gt; B_m, each a multiple of the
/// function's period, reduce s = Σx to s_m = s mod … in [0, R_m]; then either one output gate (when
/// the function is a threshold of s_m on [0, R_m]) or an alternating tail (one gate per change point
/// of the function on [1, R_m], and an output summing them with weights ±1), which costs a layer more.
/// </summary>
/// <param name="Moduli">B_1..B_m.</param>
/// <param name="AlternatingTail">True for the two-layer tail, false for a single output gate.</param>
public sealed record ChainPlan(IReadOnlyList<int> Moduli, bool AlternatingTail)
{
    /// <summary>R_0 = n, R_ℓ = min(R_{ℓ−1}, B_ℓ − 1): the largest value s_ℓ can take.</summary>
    public static int Range(int n, IEnumerable<int> moduli) => moduli.Aggregate(n, (r, b) => Math.Min(r, b - 1));

    /// <summary>Gates the plan builds: Σ_ℓ ⌊R_{ℓ−1}/B_ℓ⌋ plus the tail.</summary>
    public int Gates(SymmetricFunction f, int n)
    {
        var r = n;
        var gates = 0;
        foreach (var b in Moduli)
        {
            gates += r / b;
            r = Math.Min(r, b - 1);
        }

        return gates + 1 + (AlternatingTail ? f.ChangesUpTo(r).Count() : 0);
    }

    /// <summary>Depth of the circuit the plan builds (layers of moduli, then the tail).</summary>
    public int Depth => Moduli.Count + (AlternatingTail ? 2 : 1);
}
