using Expressivity.Domain.Numerics;

namespace Expressivity.Domain.SnnRegions.Refinement;

/// <summary>
/// A neuron's firing just beside a point p, at p + ε e_1 + ε² e_2 + … for every small enough ε &gt; 0. An
/// affine f there is f(p) + Σ ε^i c_i, whose sign for small ε is the sign of the first non-zero entry of
/// (f(p), c_1, c_2, …): so every comparison <see cref="Firing.Compute"/> makes is decided exactly, and a
/// tie survives only between forms that are equal everywhere. The result is the pattern on an open set
/// touching p, even when p itself lies on a boundary of this neuron.
/// </summary>
public static class PerturbedFiring
{
    /// <summary>The piece of <paramref name="neuron"/> next to <paramref name="point"/>, given its arrival forms (null = never arrives).</summary>
    public static NeuronPiece Evaluate(SpikingNeuron neuron, IReadOnlyList<AffineForm?> arrivals, BigRational[] point)
    {
        var present = Enumerable.Range(0, arrivals.Count).Where(u => arrivals[u] is not null).ToArray();
        var lex = new BigRational[arrivals.Count][];
        foreach (var u in present) lex[u] = Expand(arrivals[u]!, point);
        var order = present.OrderBy(u => lex[u], LexComparer.Instance).ThenBy(u => u).ToArray();
        var fired = Fire(neuron, lex, order);
        if (fired is null) return Never(neuron, arrivals, order);
        var members = present.Where(u => Compare(lex[u], fired) < 0).ToArray();
        return Fires(neuron, arrivals, order, members);
    }

    /// <summary>The lexicographic value (f(p), c_1, …, c_m) of an affine form at the perturbed point.</summary>
    private static BigRational[] Expand(AffineForm f, BigRational[] point)
    {
        var v = new BigRational[point.Length + 1];
        v[0] = f.At(point);
        for (var i = 0; i < point.Length; i++) v[i + 1] = f.Coefficients[i];
        return v;
    }

    /// <summary>SPEC.md 2.1's first valid candidate, on lexicographic values; null when the neuron never fires.</summary>
    private static BigRational[]? Fire(SpikingNeuron neuron, BigRational[][] lex, int[] order)
    {
        if (order.Length == 0) return null;
        var size = lex[order[0]].Length;
        var weighted = new BigRational[size];
        var weightSum = BigRational.Zero;
        for (var k = 0; k < order.Length; k++)
        {
            var w = neuron.Weights[order[k]];
            weightSum += w;
            for (var i = 0; i < size; i++) weighted[i] += w * lex[order[k]][i];
            if (weightSum.Sign <= 0) continue;
            var candidate = new BigRational[size];
            candidate[0] = (neuron.Threshold + weighted[0]) / weightSum;
            for (var i = 1; i < size; i++) candidate[i] = weighted[i] / weightSum;
            if (Compare(candidate, lex[order[k]]) < 0) continue;
            if (k + 1 < order.Length && Compare(candidate, lex[order[k + 1]]) > 0) continue;
            return candidate;
        }

        return null;
    }

    /// <summary>Pattern <paramref name="members"/>: a_i &lt; t (i in it), t &lt;= a_j (others), plus the order pieces when a weight is negative.</summary>
    private static NeuronPiece Fires(SpikingNeuron neuron, IReadOnlyList<AffineForm?> arrivals, int[] order, int[] members)
    {
        var weight = members.Aggregate(BigRational.Zero, (acc, u) => acc + neuron.Weights[u]);
        if (weight.Sign <= 0) throw new InvalidOperationException("a causal set without positive weight (an input tied with the firing time everywhere)");
        var dim = arrivals.First(a => a is not null)!.Dimension;
        var sum = AffineForm.ConstantForm(dim, neuron.Threshold);
        foreach (var u in members) sum += neuron.Weights[u] * arrivals[u]!;
        var time = (BigRational.One / weight) * sum;
        var constraints = new List<LinearInequality>();
        var inSet = new HashSet<int>(members);
        foreach (var u in order) constraints.Add(inSet.Contains(u) ? arrivals[u]!.LessThan(time) : time.AtMost(arrivals[u]!));
        var sequence = members.Any(u => neuron.Weights[u].Sign < 0) ? order.Where(inSet.Contains).ToArray() : [];
        if (sequence.Length > 0) AddOrder(neuron, arrivals, sequence, constraints);
        var mask = members.Aggregate(0UL, (m, u) => m | 1UL << u);
        return new NeuronPiece(CausalPattern.FiredBy(mask), time, constraints, sequence);
    }

    /// <summary>Never fires: with a negative weight, the potential stays below θ at every arrival (in this order).</summary>
    private static NeuronPiece Never(SpikingNeuron neuron, IReadOnlyList<AffineForm?> arrivals, int[] order)
    {
        var constraints = new List<LinearInequality>();
        var sequence = order.Any(u => neuron.Weights[u].Sign < 0) ? order : [];
        if (sequence.Length > 0) AddOrder(neuron, arrivals, sequence, constraints);
        return new NeuronPiece(CausalPattern.Never, null, constraints, sequence);
    }

    /// <summary>a_π(k−1) &lt;= a_π(k) and P(a_π(k)) &lt; θ, with P(a_π(k)) = Σ_{i&lt;k} w_π(i) (a_π(k) − a_π(i)).</summary>
    private static void AddOrder(SpikingNeuron neuron, IReadOnlyList<AffineForm?> arrivals, int[] sequence, List<LinearInequality> constraints)
    {
        var dim = arrivals[sequence[0]]!.Dimension;
        for (var k = 1; k < sequence.Length; k++)
        {
            var e = sequence[k];
            constraints.Add(arrivals[sequence[k - 1]]!.AtMost(arrivals[e]!));
            var potential = AffineForm.ConstantForm(dim, -neuron.Threshold);
            for (var i = 0; i < k; i++) potential += neuron.Weights[sequence[i]] * (arrivals[e]! - arrivals[sequence[i]]!);
            constraints.Add(LinearInequality.Of(potential, strict: true));
        }
    }

    private static int Compare(BigRational[] a, BigRational[] b) => LexComparer.Instance.Compare(a, b);

    private sealed class LexComparer : IComparer<BigRational[]>
    {
        public static readonly LexComparer Instance = new();

        public int Compare(BigRational[]? a, BigRational[]? b)
        {
            for (var i = 0; i < a!.Length; i++)
            {
                var c = a[i].CompareTo(b![i]);
                if (c != 0) return c;
            }

            return 0;
        }
    }
}
