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
    private readonly int[] _path;
    private readonly long _budget;
    private readonly List<int[]> _unexplored = [];
    private long _spent;

    private RegionRefinement(SpikingNetwork network, Action<RefinedRegion> leaf, long budget)
    {
        _network = network;
        _neurons = network.Layers.SelectMany((layer, l) => layer.Select((_, j) => (l, j))).ToArray();
        _layerStart = new int[network.Layers.Count + 1];
        for (var l = 0; l < network.Layers.Count; l++) _layerStart[l + 1] = _layerStart[l] + network.Layers[l].Count;
        _inputs = QuotientSpace.InputTimes(network.Inputs);
        _times = new AffineForm?[_neurons.Length];
        _tuple = new CausalPattern[_neurons.Length];
        _path = new int[_neurons.Length];
        _leaf = leaf;
        _budget = budget;
    }

    /// <summary>
    /// Neurons fixed where a sweep's planned units cut the work: the first layer (the first neuron of a
    /// one-layer network). Units then split further at run time (<see cref="Subtrees"/>).
    /// </summary>
    public static int CutDepth(SpikingNetwork network) => network.Layers.Count > 1 ? network.Layers[0].Count : 1;

    /// <summary>Every final cell of <paramref name="network"/> on [min, max]^d, in a deterministic order, handed to <paramref name="leaf"/>.</summary>
    /// <remarks><paramref name="polytope"/> uses LP cells in every dimension (slower; an independent check of intervals and polygons).</remarks>
    public static void Enumerate(SpikingNetwork network, BigRational min, BigRational max, Action<RefinedRegion> leaf, bool polytope = false)
    {
        if (min >= max) throw new ArgumentException("the box needs min < max");
        new RegionRefinement(network, leaf, long.MaxValue).Visit(QuotientSpace.Cell(network.Inputs, max - min, polytope), 0);
    }

    /// <summary>
    /// The refinement tree's subtrees below <paramref name="starts"/> (paths of child indices from the root,
    /// see <see cref="RefinementPath"/>): every final cell reached is handed to <paramref name="leaf"/>, until
    /// <paramref name="budget"/> tree nodes have been visited; the roots of the subtrees not visited then are
    /// returned (empty when everything was done). Deterministic in its arguments, and the final cells of
    /// disjoint subtrees are disjoint, so the leaves of a unit and of the units its unexplored paths become
    /// together are exactly the leaves of its starts.
    /// </summary>
    public static IReadOnlyList<int[]> Subtrees(
        SpikingNetwork network, BigRational min, BigRational max, IReadOnlyList<int[]> starts, long budget, Action<RefinedRegion> leaf)
    {
        if (min >= max) throw new ArgumentException("the box needs min < max");
        if (budget < 1) throw new ArgumentOutOfRangeException(nameof(budget), "a unit must visit at least one node");
        var walk = new RegionRefinement(network, leaf, budget);
        var root = QuotientSpace.Cell(network.Inputs, max - min);
        foreach (var start in starts)
        {
            if (start.Length > walk._neurons.Length) throw new ArgumentException($"path {RefinementPath.Format(start)} is deeper than the network");
            walk.Descend(root, 0, start);
        }

        return walk._unexplored;
    }

    /// <summary>The paths of every tree node at depth <paramref name="depth"/> (cells after that many neurons), in order.</summary>
    public static IReadOnlyList<int[]> Paths(SpikingNetwork network, BigRational min, BigRational max, int depth)
    {
        if (min >= max) throw new ArgumentException("the box needs min < max");
        var walk = new RegionRefinement(network, _ => { }, long.MaxValue);
        var paths = new List<int[]>();
        walk.Collect(QuotientSpace.Cell(network.Inputs, max - min), 0, Math.Min(depth, walk._neurons.Length), paths);
        return paths;
    }

    /// <summary>Every final cell, as a list.</summary>
    public static IReadOnlyList<RefinedRegion> Regions(SpikingNetwork network, BigRational min, BigRational max, bool polytope = false)
    {
        var all = new List<RefinedRegion>();
        Enumerate(network, min, max, all.Add, polytope);
        return all;
    }

    /// <summary>Follows <paramref name="start"/> from the root (replaying each split on the way), then visits the subtree there.</summary>
    private void Descend(IRegionCell cell, int v, int[] start)
    {
        if (v == start.Length)
        {
            Visit(cell, v);
            return;
        }

        var (part, piece) = Children(cell, v).Skip(start[v]).FirstOrDefault();
        if (part is null) throw new ArgumentException($"path {RefinementPath.Format(start)} names no cell");
        Enter(v, start[v], piece);
        Descend(part, v + 1, start);
    }

    private void Collect(IRegionCell cell, int v, int depth, List<int[]> paths)
    {
        if (v == depth)
        {
            paths.Add(_path[..v]);
            return;
        }

        var index = 0;
        foreach (var (part, piece) in Children(cell, v))
        {
            Enter(v, index++, piece);
            Collect(part, v + 1, depth, paths);
        }
    }

    private void Visit(IRegionCell cell, int v)
    {
        if (v == _neurons.Length)
        {
            Leaf(cell);
            return;
        }

        var index = 0;
        foreach (var (part, piece) in Children(cell, v))
        {
            Enter(v, index++, piece);
            if (_spent >= _budget)
            {
                // Out of budget: this child's subtree is left to another unit (its siblings still get enumerated to name them).
                _unexplored.Add(_path[..(v + 1)]);
                continue;
            }

            _spent++;
            Visit(part, v + 1);
        }
    }

    private IEnumerable<(IRegionCell Cell, NeuronPiece Piece)> Children(IRegionCell cell, int v)
    {
        var (layer, index) = _neurons[v];
        var neuron = _network.Layers[layer][index];
        return NeuronSplit.Split(cell, neuron, Arrivals(layer, neuron));
    }

    private void Enter(int v, int index, NeuronPiece piece)
    {
        _path[v] = index;
        _times[v] = piece.Time;
        _tuple[v] = piece.Pattern;
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
