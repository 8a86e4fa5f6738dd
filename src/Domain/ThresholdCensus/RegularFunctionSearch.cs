using System.Runtime.CompilerServices;

namespace Expressivity.Domain.ThresholdCensus;

/// <summary>
/// Method (b) of SPEC.md 1.3: depth-first search over regular positive functions, deciding f point by
/// point along a linear extension of the dominance order (top first). Each node carries an integer
/// witness (w, t) for the decisions so far, so the branch the witness agrees with needs no LP; the other
/// branch asks the <see cref="SeparationOracle"/>. A point below a false point is forced false (the
/// down-sets of the chosen false points are kept as a bit set, so forced points cost one bit test).
/// Every leaf is one NP class (regular threshold functions ↔ classes), accepted only after its witness
/// is checked on all 2^N points. No weight bound is assumed anywhere.
/// A search runs one subtree, named by its decision prefix; after <c>budget</c> nodes it stops and
/// returns the prefixes of the subtrees it did not explore, which together with its own leaves cover
/// the subtree exactly once.
/// </summary>
public sealed class RegularFunctionSearch
{
    private readonly int _n;
    private readonly int _points;
    private readonly long _budget;
    private readonly DominanceOrder _order;
    private readonly SeparationOracle _oracle;
    private readonly PartialRegularFunction _f;
    private readonly long[][] _witness;
    private readonly long[] _threshold;
    private readonly long[][] _witnessRef;
    private readonly LeafCheck _leafCheck;
    private readonly long[] _chow;
    private readonly List<string> _children = [];
    private readonly WitnessRepair _repair;
    private readonly ulong _guards;
    private readonly int[] _kept;
    private readonly int[][] _added;
    private readonly bool[] _addedOne;
    private readonly int[] _addedPoints;
    private int _keptCount;
    private long _repairs;
    private long _pairRefutations;
    private CensusTally _tally = new();
    private long _nodes;
    private bool _stopping;
    private CancellationToken _cancel;

    /// <summary>A search over N inputs that splits after <paramref name="budget"/> nodes (≥ 1).</summary>
    public RegularFunctionSearch(int n, long budget)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(budget, 1);
        _n = n;
        _points = 1 << n;
        _budget = budget;
        _order = new DominanceOrder(n);
        _f = new PartialRegularFunction(_order);
        _oracle = new SeparationOracle(n);
        _repair = new WitnessRepair(n);
        _guards = _order.Guards;
        _witness = Enumerable.Range(0, _points + 2).Select(_ => new long[n]).ToArray();
        _witnessRef = new long[_points + 2][];
        _threshold = new long[_points + 2];
        _leafCheck = new LeafCheck(n);
        _chow = new long[n + 1];
        _kept = new int[_points + 2];
        _added = new int[_points + 2][];
        _addedOne = new bool[_points + 2];
        _addedPoints = new int[_points + 2];
    }

    /// <summary>The separation oracle (its counters show how the LPs went).</summary>
    public SeparationOracle Oracle => _oracle;

    /// <summary>The order the decisions of a prefix refer to.</summary>
    public DominanceOrder Order => _order;

    /// <summary>
    /// Explores the subtree below <paramref name="prefix"/> ('0'/'1' per point of the sequence);
    /// <paramref name="cancel"/> is polled every few thousand nodes.
    /// </summary>
    public SearchResult Run(string prefix, CancellationToken cancel = default)
    {
        _cancel = cancel;
        _tally = new CensusTally();
        _children.Clear();
        _nodes = 0;
        _repairs = 0;
        _pairRefutations = 0;
        _stopping = false;
        _keptCount = 0;
        var programs = _oracle.Programs;
        var certificates = _oracle.Certificates;
        var exact = _oracle.ExactSolves;
        _f.Clear();
        var depth = Replay(prefix);
        if (depth >= 0 && Decide(depth))
        {
            Adopt(depth);
            Explore(prefix.Length, depth);
        }

        var partial = _tally.ToPartial(_nodes, _oracle.Programs - programs, _oracle.Certificates - certificates, _oracle.ExactSolves - exact, _repairs, _pairRefutations);
        return new SearchResult(partial, _children.ToArray());
    }

    // Applies the prefix; returns the decision depth reached, or −1 if the prefix breaks monotonicity.
    private int Replay(string prefix)
    {
        if (prefix.Length > _points) throw new ArgumentException("prefix longer than the point sequence", nameof(prefix));
        var depth = 0;
        for (var k = 0; k < prefix.Length; k++)
        {
            var p = _order.Sequence[k];
            var forced = _f.Forced(p, depth);
            switch (prefix[k])
            {
                case '1' when forced:
                    return -1;
                case '1' or '0' when forced:
                    break;
                case '1':
                    _f.Choose(p, true, depth++);
                    break;
                case '0':
                    _f.Choose(p, false, depth++);
                    break;
                default:
                    throw new ArgumentException("prefix must contain only '0' and '1'", nameof(prefix));
            }
        }

        return depth;
    }

    // k: position in the sequence; depth: number of chosen (unforced) decisions so far.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Explore(int k, int depth)
    {
        while (k < _points && _f.Forced(_order.Sequence[k], depth)) k++;
        if ((++_nodes & 4095) == 0) _cancel.ThrowIfCancellationRequested();
        if (k == _points)
        {
            Leaf(depth);
            return;
        }

        var p = _order.Sequence[k];
        if (_stopping || _nodes > _budget)
        {
            _stopping = true;
            _children.Add(_f.Prefix(k, null));
            return;
        }

        var preferred = Dot(_witnessRef[depth], p) >= _threshold[depth];
        _witnessRef[depth + 1] = _witnessRef[depth];
        _threshold[depth + 1] = _threshold[depth];
        _f.Choose(p, preferred, depth);
        Explore(k + 1, depth + 1);
        _f.Undo(p, preferred);
        Forget(depth);
        if (_stopping)
        {
            _children.Add(_f.Prefix(k, !preferred));
            return;
        }

        _f.Choose(p, !preferred, depth);
        // The pair certificate first: it only refutes, the repair and the LP only accept, so the order
        // changes nothing but the cost (the repair is the dearer of the two cheap tests).
        if (!PairRefuted(p, !preferred) && (Repaired(depth) || (Decide(depth + 1) && Adopt(depth + 1))))
        {
            Explore(k + 1, depth + 1);
        }

        _f.Undo(p, !preferred);
        Forget(depth);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Leaf(int depth)
    {
        // Every point is either chosen true or (chosen or forced) false: f is the complement of the mask.
        if (!_leafCheck.Check(_witnessRef[depth], _threshold[depth], _f.FalseMask(depth), _chow))
            throw new InvalidOperationException("a leaf's witness failed the check on all points");
        _tally.Add(_chow);
    }

    // The oracle on the constraints of the node at decision depth `depth` (minimal true points and
    // chosen false points, the maximal ones), warm-started from the nearest ancestor's kept LP.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Decide(int depth)
    {
        var (onesPrefix, ones, zerosPrefix, zeros) = _f.Constraints;
        bool separable;
        if (_keptCount > 0)
        {
            var from = _kept[_keptCount - 1];
            for (var d = from; d < depth; d++)
            {
                _addedPoints[d - from] = _f.DecisionPoint(d);
                _added[d - from] = _order.Prefix[_f.DecisionPoint(d)];
                _addedOne[d - from] = _f.DecisionOne(d);
            }

            separable = _oracle.SeparateFrom(from, _added.AsSpan(0, depth - from), _addedOne.AsSpan(0, depth - from), _addedPoints.AsSpan(0, depth - from), _f.TrueLowerCovers, onesPrefix, ones, zerosPrefix, zeros);
        }
        else
        {
            separable = _oracle.Separate(onesPrefix, ones, zerosPrefix, zeros);
        }

        if (separable && _oracle.HasTableau)
        {
            _oracle.Keep(depth);
            _kept[_keptCount++] = depth;
        }

        return separable;
    }

    // Decision `depth` was undone: LPs kept below it belong to another path.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Forget(int depth)
    {
        while (_keptCount > 0 && _kept[_keptCount - 1] > depth) _keptCount--;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Adopt(int depth)
    {
        _oracle.Weights.CopyTo(_witness[depth], 0);
        _witnessRef[depth] = _witness[depth];
        _threshold[depth] = _oracle.Threshold;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool PairRefuted(int p, bool one)
    {
        var refuted = _n > DominanceOrder.MaxPackedN
            ? (one
                ? PairCertificate.Refutes(_order.Prefix[p], true, _f.MinimalOnesPrefix, _f.ZerosPrefix)
                : PairCertificate.Refutes(_order.Prefix[p], false, _f.ZerosPrefix, _f.MinimalOnesPrefix))
            : (one
                ? PairCertificate.Refutes(_order.Packed[p], true, _f.MinimalOnesPacked, _f.ZerosPacked, _guards)
                : PairCertificate.Refutes(_order.Packed[p], false, _f.ZerosPacked, _f.MinimalOnesPacked, _guards));
        if (refuted) _pairRefutations++;
        return refuted;
    }

    // The parent's witness, repaired for the branch it disagreed with (no LP); installs it at depth + 1.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Repaired(int depth)
    {
        if (!_repair.TryRepair(_witnessRef[depth], _f.MinimalOnesPrefix, _f.ZerosPrefix)) return false;
        _repairs++;
        _repair.Weights.CopyTo(_witness[depth + 1], 0);
        _witnessRef[depth + 1] = _witness[depth + 1];
        _threshold[depth + 1] = _repair.Threshold;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private long Dot(long[] w, int x)
    {
        long s = 0;
        for (var i = 0; i < _n; i++)
        {
            if ((x >> i & 1) != 0) s += w[i];
        }

        return s;
    }
}
