using Expressivity.Domain.Numerics;

namespace Expressivity.Domain.SnnRegions.Relu;

/// <summary>
/// Seed 001's Theorem 3, constructed: an SNN whose realization equals a given ReLU network's on [a, b]^d.
/// Encoding (Remark 4): input i fires at x_i (input reference time 0); one more input, the auxiliary
/// neuron, fires at 0 always (it is the network's last input); the output neuron fires at
/// <see cref="SnnEmulation.OutputReference"/> + R(x). Every layer's values v travel as firing times T + v
/// with one reference time T per layer, beside an auxiliary neuron firing at a known constant time A.
/// Each hidden ReLU layer becomes two SNN layers:
/// <list type="bullet">
/// <item>affine (Step 2): neuron j has weights −W_j on the values, 1 + Σ W_j on the auxiliary neuron (sum 1)
/// and a threshold so large that it fires only after every input arrived, so t_j = θ_j + Σ w_u a_u exactly:
/// the negated pre-activation T' − z_j;</item>
/// <item>ReLU (Theorem 2's gadget): neuron j takes weight −1 from neuron j and 2 from the auxiliary neuron,
/// threshold 2(T' − A'), and fires at T' + max(0, z_j): the auxiliary spike alone would fire it at T', and an
/// earlier negated spike (z_j &gt; 0) delays it by exactly z_j.</item>
/// </list>
/// The output layer is one affine neuron with +w. Value ranges are carried exactly by interval arithmetic,
/// so every threshold condition holds on the whole box.
/// </summary>
public static class ReluEmulation
{
    /// <summary>The SNN emulating <paramref name="relu"/> on [<paramref name="a"/>, <paramref name="b"/>]^d.</summary>
    public static SnnEmulation Build(ReluNetwork relu, BigRational a, BigRational b)
    {
        if (a >= b) throw new ArgumentException("the domain needs a < b");
        var layers = new List<IReadOnlyList<SpikingNeuron>>();
        var ranges = Enumerable.Repeat((Lo: a, Hi: b), relu.Inputs).ToArray();
        var (time, aux) = (BigRational.Zero, BigRational.Zero);
        for (var l = 0; l < relu.Layers.Count; l++)
        {
            var last = l + 1 == relu.Layers.Count;
            var layer = relu.Layers[l];
            var sign = last ? BigRational.One : -BigRational.One;
            var (neurons, next) = Affine(layer, sign, time, aux, ranges);
            if (last)
            {
                layers.Add(neurons);
                return new SnnEmulation(new SpikingNetwork(relu.Inputs + 1, layers), next, layers.Count);
            }

            // The auxiliary neuron of this layer fires one unit after the previous one.
            layers.Add([.. neurons, Relay(ranges.Length, aux)]);
            var auxAffine = aux + 1;
            var m = layer.Weights.Count;
            var relus = Enumerable.Range(0, m).Select(j => ReluGadget(m, j, next, auxAffine)).ToList();
            layers.Add([.. relus, Relay(m, auxAffine)]);
            ranges = Ranges(layer, ranges).Select(r => (ReluNetwork.Relu(r.Lo), ReluNetwork.Relu(r.Hi))).ToArray();
            (time, aux) = (next, auxAffine + 1);
        }

        throw new InvalidOperationException("unreachable: the last layer returns");
    }

    /// <summary>
    /// Neurons j with weights s·W_j on the values (firing at <paramref name="time"/> + v) and 1 − s·ΣW_j on the
    /// auxiliary neuron (at <paramref name="aux"/>), and the common reference time T' their thresholds give:
    /// t_j = T' + s·(W_j v + b_j).
    /// </summary>
    private static (SpikingNeuron[] Neurons, BigRational Time) Affine(
        ReluLayer layer, BigRational sign, BigRational time, BigRational aux, (BigRational Lo, BigRational Hi)[] ranges)
    {
        // Every arrival lies in [first, lastArrival]; before the last one the potential is below
        // Σ(positive weights)·(lastArrival − first), so a threshold above that fires after every arrival.
        var first = BigRational.Min(aux, time + ranges.Min(r => r.Lo));
        var lastArrival = BigRational.Max(aux, time + ranges.Max(r => r.Hi));
        var rows = layer.Weights.Select(row => row.Select(w => sign * w).ToArray()).ToArray();
        var auxWeights = rows.Select(row => BigRational.One - row.Aggregate(BigRational.Zero, (s, w) => s + w)).ToArray();
        // θ_j = T' + s·b_j − (Σw)·time − w_aux·aux must exceed the potential bound: the least T' that does, and
        // at least aux + 2 so the next auxiliary neuron (aux + 1) fires strictly before T'.
        var next = aux + 2;
        var offsets = new BigRational[rows.Length];
        for (var j = 0; j < rows.Length; j++)
        {
            var sum = BigRational.One - auxWeights[j];
            offsets[j] = (sign * layer.Biases[j]) - (sum * time) - (auxWeights[j] * aux);
            var positive = rows[j].Append(auxWeights[j]).Where(w => w.Sign > 0).Aggregate(BigRational.Zero, (s, w) => s + w);
            var needed = (positive * (lastArrival - first)) + 1 - offsets[j];
            if (needed > next) next = needed;
        }

        next = Ceiling(next);
        var neurons = rows.Select((row, j) => new SpikingNeuron(
            [.. row, auxWeights[j]], Zeros(row.Length + 1), next + offsets[j])).ToArray();
        return (neurons, next);
    }

    /// <summary>ReLU neuron j of a layer of m: −1 from negated neuron j, 2 from the auxiliary neuron; fires at T' + max(0, z_j).</summary>
    private static SpikingNeuron ReluGadget(int m, int j, BigRational time, BigRational aux)
    {
        var weights = Enumerable.Range(0, m).Select(i => i == j ? -BigRational.One : BigRational.Zero).Append(2).ToArray();
        return new SpikingNeuron(weights, Zeros(m + 1), 2 * (time - aux));
    }

    /// <summary>The auxiliary neuron of a layer: weight 1 from the previous auxiliary neuron (the last input), threshold 1.</summary>
    private static SpikingNeuron Relay(int values, BigRational aux) =>
        new(Enumerable.Range(0, values).Select(_ => BigRational.Zero).Append(BigRational.One).ToArray(), Zeros(values + 1), BigRational.One);

    /// <summary>Exact ranges of W v + b over the box of <paramref name="ranges"/>.</summary>
    private static (BigRational Lo, BigRational Hi)[] Ranges(ReluLayer layer, (BigRational Lo, BigRational Hi)[] ranges) =>
        layer.Weights.Select((row, j) =>
        {
            var (lo, hi) = (layer.Biases[j], layer.Biases[j]);
            for (var i = 0; i < row.Count; i++)
            {
                lo += row[i].Sign > 0 ? row[i] * ranges[i].Lo : row[i] * ranges[i].Hi;
                hi += row[i].Sign > 0 ? row[i] * ranges[i].Hi : row[i] * ranges[i].Lo;
            }

            return (lo, hi);
        }).ToArray();

    private static BigRational Ceiling(BigRational q)
    {
        var floor = System.Numerics.BigInteger.Divide(q.Numerator, q.Denominator);
        if (q.Numerator.Sign < 0 && floor * q.Denominator != q.Numerator) floor -= 1;
        return floor * q.Denominator == q.Numerator ? q : BigRational.FromInteger(floor + 1);
    }

    private static BigRational[] Zeros(int n) => Enumerable.Repeat(BigRational.Zero, n).ToArray();
}

/// <summary>An SNN built to realize a target function, with its output reference time.</summary>
/// <param name="Network">The SNN; its last input is the auxiliary neuron, firing at 0.</param>
/// <param name="OutputReference">T_out: the realization is the output neuron's firing time minus this.</param>
/// <param name="Depth">Layers of the SNN.</param>
/// <param name="Auxiliary">True when the last input is an auxiliary neuron firing at 0 (not an input of the function).</param>
public sealed record SnnEmulation(SpikingNetwork Network, BigRational OutputReference, int Depth, bool Auxiliary = true)
{
    /// <summary>Inputs of the realized function.</summary>
    public int Inputs => Network.Inputs - (Auxiliary ? 1 : 0);

    /// <summary>The realization at x (input i at x_i, auxiliary at 0), exactly; null if the output never fires.</summary>
    public BigRational? Evaluate(IReadOnlyList<BigRational> x) =>
        NetworkEvaluator.Outputs(Network, Auxiliary ? [.. x, BigRational.Zero] : x)[0] is { } t ? t - OutputReference : null;

    /// <summary>
    /// The same realization with an auxiliary input (weight 0 everywhere when there was none): then the
    /// refinement's quotient coordinates y = x − (auxiliary time) are the function's inputs themselves.
    /// </summary>
    public SnnEmulation WithAuxiliary()
    {
        if (Auxiliary) return this;
        var first = Network.Layers[0].Select(n => new SpikingNeuron([.. n.Weights, BigRational.Zero], [.. n.Delays, BigRational.Zero], n.Threshold)).ToArray();
        return this with { Network = new SpikingNetwork(Network.Inputs + 1, [first, .. Network.Layers.Skip(1)]), Auxiliary = true };
    }
}
