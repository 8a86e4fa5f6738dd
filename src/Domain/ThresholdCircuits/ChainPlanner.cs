namespace Expressivity.Domain.ThresholdCircuits;

/// <summary>
/// "best": the chain plan with the fewest gates within a depth budget, by dynamic programming over the
/// range R that remains to be reduced and the layers left. From range R with L layers one may end
/// with one output gate (when f is a threshold of s on [0, R]; 1 layer), end with the alternating tail
/// (2 layers), or reduce by a modulus B (a multiple of the period, B ≤ R) with ⌊R/B⌋ gates and
/// continue from B − 1 with L − 1 layers. Exact and exhaustive over all such plans: O(L·n²/p).
/// </summary>
public static class ChainPlanner
{
    private const int Impossible = int.MaxValue;

    /// <summary>The best plan, or null when no plan fits <paramref name="maxDepth"/>.</summary>
    public static ChainPlan? Best(SymmetricFunction f, int n, int maxDepth)
    {
        var layers = Math.Min(maxDepth, 64);
        if (layers < 1) return null;

        // cost[L, R], choice[L, R]: 0 = output gate, −1 = alternating tail, B > 0 = reduce by B.
        var cost = new int[layers + 1, n + 1];
        var choice = new int[layers + 1, n + 1];
        var tail = new int[n + 1];
        for (var r = 0; r <= n; r++) tail[r] = f.ChangesUpTo(r).Count() + 1;
        for (var l = 0; l <= layers; l++)
        {
            for (var r = 0; r <= n; r++)
            {
                var best = Impossible;
                var pick = 0;
                if (l >= 1 && f.ThresholdOn(r) is not null) (best, pick) = (1, 0);
                if (l >= 2)
                {
                    if (tail[r] < best) (best, pick) = (tail[r], -1);
                    for (var b = f.Period; b <= r; b += f.Period)
                    {
                        var rest = cost[l - 1, b - 1];
                        if (rest != Impossible && r / b + rest < best) (best, pick) = (r / b + rest, b);
                    }
                }

                cost[l, r] = best;
                choice[l, r] = pick;
            }
        }

        if (cost[layers, n] == Impossible) return null;
        var moduli = new List<int>();
        for (int l = layers, r = n; ; l--)
        {
            var c = choice[l, r];
            if (c <= 0) return new ChainPlan(moduli, c < 0);
            moduli.Add(c);
            r = c - 1;
        }
    }
}
