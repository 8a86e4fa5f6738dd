using Expressivity.Domain.Numerics;

namespace Expressivity.Domain.SnnRegions.Refinement;

/// <summary>
/// Exact region enumeration by refinement (issue 10): start with the quotient of the input box
/// (<see cref="QuotientSpace"/>), and pass neuron by neuron, layer by layer, splitting every current cell
/// by the new neuron (<see cref="NeuronSplit"/>). Inside a cell every earlier firing time is affine, so a
/// split only asks linear questions, and the work is linear in the number of cells instead of
/// exponential in a neuron's fan-in. Every final cell is re-checked at its witness with the exact
/// forward evaluation; a mismatch throws (an exactness failure is a bug, never a count).
/// </summary>
public sealed class RegionRefinement
{
    private readonly SpikingNetwork _network;
    private readonly int[] _layerStart;
    private readonly (int Layer, int Index)[] _neurons;
    private readonly AffineForm[] _inputs;
    private readonly AffineForm?[] _times;
    private readonly CausalPattern[] _tuple;
    private readonly Action<RefinedRegion> _leaf;
    private readonly Func<string, bool>? _take;

    private RegionRefinement(SpikingNetwork network, Action<RefinedRegion> leaf, Func<string, bool>? take)
    {
        _network = network;
        _neurons = network.Layers.SelectMany((layer, l) => layer.Select((_, j) => (l, j))).ToArray();
        _layerStart = new int[network.Layers.Count + 1];
        for (var l = 0; l < network.Layers.Count; l++) _layerStart[l + 1] = _layerStart[l] + network.Layers[l].Count;
        _inputs = QuotientSpace.InputTimes(network.Inputs);
        _times = new AffineForm?[_neurons.Length];
        _tuple = new CausalPattern[_neurons.Length];
        _leaf = leaf;
        _take = take;
        CutDepth = network.Layers.Count > 1 ? network.Layers[0].Count : 1;
    }

    /// <summary>Neurons fixed where units cut the work: the first layer (or the first neuron of a one-layer network).</summary>
    private int CutDepth { get; }

    /// <summary>Every final cell of <paramref name="network"/> on [min, max]^d, in a deterministic order, handed to <paramref name="leaf"/>.</summary>
    /// <remarks><paramref name="polytope"/> uses LP cells in every dimension (slower; an independent check of intervals and polygons).</remarks>
    /// <remarks>
    /// <paramref name="take"/> restricts the work to cells whose patterns of the first layer (the first neuron
    /// of a one-layer network) have a key it accepts: how units split one network. Different keys give
    /// different final patterns, so unit counts add exactly.
    /// </remarks>
    public static void Enumerate(
        SpikingNetwork network, BigRational min, BigRational max, Action<RefinedRegion> leaf, bool polytope = false, Func<string, bool>? take = null)
    {
        if (min >= max) throw new ArgumentException("the box needs min < max");
        new RegionRefinement(network, leaf, take).Visit(QuotientSpace.Cell(network.Inputs, max - min, polytope), 0);
    }

    /// <summary>The distinct first-layer pattern keys (see <see cref="Enumerate"/>), in a deterministic order: the unit cut.</summary>
    public static IReadOnlyList<string> CutKeys(SpikingNetwork network, BigRational min, BigRational max)
    {
        var keys = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Enumerate(network, min, max, _ => { }, take: key =>
        {
            if (seen.Add(key)) keys.Add(key);
            return false;
        });
        return keys;
    }

    /// <summary>Every final cell, as a list.</summary>
    public static IReadOnlyList<RefinedRegion> Regions(SpikingNetwork network, BigRational min, BigRational max, bool polytope = false)
    {
        var all = new List<RefinedRegion>();
        Enumerate(network, min, max, all.Add, polytope);
        return all;
    }

    private void Visit(IRegionCell cell, int v)
    {
        if (v == CutDepth && _take is not null && !_take(string.Join(",", _tuple.Take(v).Select(p => p.Code)))) return;
        if (v == _neurons.Length)
        {
            Leaf(cell);
            return;
        }

        var (layer, index) = _neurons[v];
        var neuron = _network.Layers[layer][index];
        var arrivals = Arrivals(layer, neuron);
        foreach (var (part, piece) in NeuronSplit.Split(cell, neuron, arrivals))
        {
            _times[v] = piece.Time;
            _tuple[v] = piece.Pattern;
            Visit(part, v + 1);
        }
    }

    private void Leaf(IRegionCell cell)
    {
        var actual = NetworkEvaluator.Patterns(_network, QuotientSpace.Lift(cell.Witness));
        if (!actual.SequenceEqual(_tuple))
        {
            throw new InvalidOperationException(
                $"exactness re-check failed at y = ({string.Join(", ", cell.Witness)}): cell of [{string.Join(" ", _tuple)}] evaluates to [{string.Join(" ", actual)}]");
        }

        var outputs = _times[_layerStart[^2].._layerStart[^1]];
        _leaf(new RefinedRegion(cell, _tuple.ToArray(), outputs));
    }

    /// <summary>Arrival forms at a neuron of <paramref name="layer"/>: the previous layer's times plus delays; null = never arrives.</summary>
    private AffineForm?[] Arrivals(int layer, SpikingNeuron neuron)
    {
        var result = new AffineForm?[neuron.Fanin];
        for (var u = 0; u < neuron.Fanin; u++)
        {
            var t = layer == 0 ? _inputs[u] : _times[_layerStart[layer - 1] + u];
            result[u] = t is null ? null : t + neuron.Delays[u];
        }

        return result;
    }
}
