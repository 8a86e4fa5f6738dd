using Expressivity.Domain.Numerics;

namespace Expressivity.Domain.SnnRegions;

/// <summary>
/// Exact enumeration of the regions of a network on the box [min, max]^d (SPEC.md 2.2). Depth-first over
/// the neurons in layer order: for each neuron, each candidate causal set S (W_S &gt; 0) adds the linear
/// inequalities of its piece — with the arrivals a_u affine in x because the earlier neurons' patterns are
/// fixed on this branch — and the branch continues only if the accumulated open polyhedron is non-empty.
/// Sets containing a negative weight (and "never fires") also fix the order of their arrivals, because only
/// then is "the potential stays below θ until t^S" linear. Every region found is re-checked at its witness point
/// with the exact firing-time computation.
/// </summary>
public sealed partial class RegionSearch
{
    private readonly SpikingNetwork _network;
    private readonly InteriorFinder _finder;
    private readonly (int Layer, int Index)[] _neurons;
    private readonly int[] _layerStart;
    private readonly List<LinearInequality> _system = [];
    private readonly AffineForm?[] _times;
    private readonly CausalPattern[] _tuple;
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly List<CausalPattern[]> _recorded = [];
    private readonly (long Lo, long Hi) _firstCodes;
    private readonly bool _record;
    private readonly bool _checkJumps;
    private readonly int _d;
    private long _silent;
    private Discontinuity? _jump;

    private RegionSearch(SpikingNetwork network, BigRational min, BigRational max, (long Lo, long Hi) firstCodes, bool record, bool checkJumps)
    {
        if (min >= max) throw new ArgumentException("the box needs min < max");
        _network = network;
        _d = network.Inputs;
        _finder = new InteriorFinder(_d, min, max);
        _neurons = network.Layers.SelectMany((layer, l) => layer.Select((_, j) => (l, j))).ToArray();
        _layerStart = new int[network.Layers.Count];
        for (var l = 1; l < network.Layers.Count; l++) _layerStart[l] = _layerStart[l - 1] + network.Layers[l - 1].Count;
        _times = new AffineForm?[_neurons.Length];
        _tuple = new CausalPattern[_neurons.Length];
        _firstCodes = firstCodes;
        _record = record;
        _checkJumps = checkJumps && network.HasNegativeWeight;
    }

    /// <summary>
    /// Counts the regions of <paramref name="network"/> on [min, max]^d. <paramref name="firstCodes"/> restricts
    /// the first neuron's pattern code (0 = never, else its causal mask) to [Lo, Hi): how units split the work; <paramref name="record"/> keeps the patterns found;
    /// <paramref name="checkJumps"/> looks for a discontinuity when some weight is negative.
    /// </summary>
    public static RegionCount Count(
        SpikingNetwork network, BigRational min, BigRational max,
        (long Lo, long Hi)? firstCodes = null, bool record = false, bool checkJumps = true)
    {
        var search = new RegionSearch(network, min, max, firstCodes ?? (0, long.MaxValue), record, checkJumps);
        var centre = Enumerable.Repeat((min + max) / 2, network.Inputs).ToArray();
        search.Visit(0, centre);
        return new RegionCount(search._seen.Count, search._silent, search._jump,
            search._finder.FastAnswers, search._finder.ExactAnswers, search._recorded);
    }

    /// <summary>Branches on the pattern of neuron <paramref name="v"/>; <paramref name="point"/> is inside the current polyhedron.</summary>
    private void Visit(int v, BigRational[] point)
    {
        if (v == _neurons.Length)
        {
            Leaf(point);
            return;
        }

        var (layer, index) = _neurons[v];
        var neuron = _network.Layers[layer][index];
        var arrivals = Arrivals(layer, neuron);
        var present = Enumerable.Range(0, neuron.Fanin).Where(u => arrivals[u] is not null).ToArray();
        if (present.Length > 62) throw new NotSupportedException("the causal-set search enumerates 2^k sets as a long: fan-in at most 62 (use RegionRefinement)");
        var (lo, hi) = v == 0 ? (Math.Max(1, _firstCodes.Lo), Math.Min(1L << present.Length, _firstCodes.Hi)) : (1, 1L << present.Length);
        for (var m = lo; m < hi; m++) // for the first neuron every input is present, so m is the causal mask itself
        {
            var mask = 0UL;
            for (var k = 0; k < present.Length; k++)
            {
                if ((m >> k & 1) != 0) mask |= 1UL << present[k];
            }

            var pattern = CausalPattern.FiredBy(mask);
            var members = present.Where((_, k) => (m >> k & 1) != 0).ToArray();
            var weight = members.Aggregate(BigRational.Zero, (acc, u) => acc + neuron.Weights[u]);
            if (weight.Sign <= 0) continue;
            var time = FiringTimeForm(neuron, arrivals, members, weight);
            var mark = _system.Count;
            foreach (var u in present)
            {
                _system.Add((mask >> u & 1) != 0 ? arrivals[u]!.LessThan(time) : time.AtMost(arrivals[u]!));
            }

            if (_finder.Find(_system) is { } inside)
            {
                if (members.Any(u => neuron.Weights[u].Sign < 0)) OrderAll(v, neuron, arrivals, members.ToList(), time, pattern, inside);
                else Descend(v, time, pattern, inside);
            }

            _system.RemoveRange(mark, _system.Count - mark);
        }

        if (v == 0 && _firstCodes.Lo > 0) return; // code 0 (never) belongs to the first unit
        if (present.Aggregate(BigRational.Zero, (acc, u) => acc + neuron.Weights[u]).Sign > 0) return;
        if (present.Any(u => neuron.Weights[u].Sign < 0)) OrderAll(v, neuron, arrivals, present.ToList(), null, CausalPattern.Never, point);
        else Descend(v, null, CausalPattern.Never, point); // no input, or only zero weights: silent everywhere
    }

    private void Descend(int v, AffineForm? time, CausalPattern pattern, BigRational[] point)
    {
        _times[v] = time;
        _tuple[v] = pattern;
        Visit(v + 1, point);
    }

    private void Leaf(BigRational[] point)
    {
        if (!_seen.Add(string.Join(",", _tuple.Select(p => p.Code)))) return;
        var actual = NetworkEvaluator.Patterns(_network, point);
        if (!actual.SequenceEqual(_tuple))
        {
            throw new InvalidOperationException(
                $"exactness re-check failed at x = ({string.Join(", ", point)}): region of [{string.Join(" ", _tuple)}] evaluates to [{string.Join(" ", actual)}]");
        }

        if (_tuple.Any(p => p.IsNever)) _silent++;
        if (_record) _recorded.Add(_tuple.ToArray());
    }

    /// <summary>Arrival time forms at this neuron: the previous layer's firing forms plus delays; null = never arrives.</summary>
    private AffineForm?[] Arrivals(int layer, SpikingNeuron neuron)
    {
        var result = new AffineForm?[neuron.Fanin];
        for (var u = 0; u < neuron.Fanin; u++)
        {
            var t = layer == 0 ? AffineForm.Coordinate(_d, u) : _times[_layerStart[layer - 1] + u];
            result[u] = t is null ? null : t + neuron.Delays[u];
        }

        return result;
    }

    /// <summary>t^S = (θ + Σ_{u∈S} w_u a_u) / W_S.</summary>
    private AffineForm FiringTimeForm(SpikingNeuron neuron, AffineForm?[] arrivals, int[] members, BigRational weight)
    {
        var sum = AffineForm.ConstantForm(_d, neuron.Threshold);
        foreach (var u in members) sum += neuron.Weights[u] * arrivals[u]!;
        return (BigRational.One / weight) * sum;
    }
}
