using System.Runtime.InteropServices;
using Expressivity.Domain.Threshold;

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
    private readonly int _words;
    private readonly long _budget;
    private readonly DominanceOrder _order;
    private readonly SeparationOracle _oracle;
    private readonly ulong[] _onesSet;
    private readonly int[] _onesBelow;
    private readonly List<int> _ones = [];
    private readonly List<int> _zeros = [];
    private readonly ulong[][] _zeroMask;
    private readonly long[][] _witness;
    private readonly long[] _threshold;
    private readonly long[][] _witnessRef;
    private readonly ulong[] _table;
    private readonly long[] _chow;
    private readonly List<int> _lpOnes = [];
    private readonly List<int[]> _lpOnesP = [];
    private readonly List<int[]> _lpZerosP = [];
    private readonly List<string> _children = [];
    private readonly WitnessRepair _repair;
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
        _words = _order.Words;
        _oracle = new SeparationOracle(n);
        _repair = new WitnessRepair(n);
        _onesSet = new ulong[_words];
        _onesBelow = new int[_points];
        _zeroMask = Enumerable.Range(0, _points + 2).Select(_ => new ulong[_words]).ToArray();
        _witness = Enumerable.Range(0, _points + 2).Select(_ => new long[n]).ToArray();
        _witnessRef = new long[_points + 2][];
        _threshold = new long[_points + 2];
        _table = new ulong[ThresholdWitness.Words(n)];
        _chow = new long[n + 1];
    }

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
        var programs = _oracle.Programs;
        var certificates = _oracle.Certificates;
        var exact = _oracle.ExactSolves;
        Array.Clear(_onesSet);
        Array.Clear(_onesBelow);
        Array.Clear(_zeroMask[0]);
        _ones.Clear();
        _zeros.Clear();
        var depth = Replay(prefix);
        if (depth >= 0 && Separable())
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
            var forced = Has(_zeroMask[depth], p);
            switch (prefix[k])
            {
                case '1' when forced:
                    return -1;
                case '1' or '0' when forced:
                    break;
                case '1':
                    Choose(p, true, depth++);
                    break;
                case '0':
                    Choose(p, false, depth++);
                    break;
                default:
                    throw new ArgumentException("prefix must contain only '0' and '1'", nameof(prefix));
            }
        }

        return depth;
    }

    // k: position in the sequence; depth: number of chosen (unforced) decisions so far.
    private void Explore(int k, int depth)
    {
        var mask = _zeroMask[depth];
        while (k < _points && Has(mask, _order.Sequence[k])) k++;
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
            _children.Add(Prefix(k, null));
            return;
        }

        var preferred = Dot(_witnessRef[depth], p) >= _threshold[depth];
        _witnessRef[depth + 1] = _witnessRef[depth];
        _threshold[depth + 1] = _threshold[depth];
        Choose(p, preferred, depth);
        Explore(k + 1, depth + 1);
        Undo(p, preferred);
        if (_stopping)
        {
            _children.Add(Prefix(k, !preferred));
            return;
        }

        Choose(p, !preferred, depth);
        if (Repaired(depth) || (!PairRefuted(p, !preferred) && Separable() && Adopt(depth + 1)))
        {
            Explore(k + 1, depth + 1);
        }

        Undo(p, !preferred);
    }

    private void Leaf(int depth)
    {
        // Every point is either chosen true or (chosen or forced) false: f is the complement of the mask.
        var mask = _zeroMask[depth];
        for (var i = 0; i < _table.Length; i++) _table[i] = ~mask[i];
        if (!ThresholdWitness.Realises(_witnessRef[depth], _threshold[depth], _table))
            throw new InvalidOperationException("a leaf's witness failed the check on all points");
        ThresholdWitness.ChowOf(_table, _n, _chow);
        _tally.Add(_chow);
    }

    // Minimal true points and chosen false points (the maximal ones) decide separability.
    private bool Separable()
    {
        CollectConstraints();
        return _oracle.Separate(_lpOnesP, _lpOnes, _lpZerosP, _zeros);
    }

    private void CollectConstraints()
    {
        _lpOnes.Clear();
        _lpOnesP.Clear();
        _lpZerosP.Clear();
        foreach (var a in _ones)
        {
            if (_onesBelow[a] != 0) continue;
            _lpOnes.Add(a);
            _lpOnesP.Add(_order.Prefix[a]);
        }

        foreach (var b in _zeros) _lpZerosP.Add(_order.Prefix[b]);
    }

    private bool Adopt(int depth)
    {
        _oracle.Weights.CopyTo(_witness[depth], 0);
        _witnessRef[depth] = _witness[depth];
        _threshold[depth] = _oracle.Threshold;
        return true;
    }

    // Constraints are collected by Repaired, which always runs first.
    private bool PairRefuted(int p, bool one)
    {
        var refuted = one
            ? PairCertificate.Refutes(_order.Prefix[p], true, CollectionsMarshal.AsSpan(_lpOnesP), CollectionsMarshal.AsSpan(_lpZerosP))
            : PairCertificate.Refutes(_order.Prefix[p], false, CollectionsMarshal.AsSpan(_lpZerosP), CollectionsMarshal.AsSpan(_lpOnesP));
        if (refuted) _pairRefutations++;
        return refuted;
    }

    // The parent's witness, repaired for the branch it disagreed with (no LP); installs it at depth + 1.
    private bool Repaired(int depth)
    {
        CollectConstraints();
        if (!_repair.TryRepair(_witnessRef[depth], CollectionsMarshal.AsSpan(_lpOnesP), CollectionsMarshal.AsSpan(_lpZerosP))) return false;
        _repairs++;
        _repair.Weights.CopyTo(_witness[depth + 1], 0);
        _witnessRef[depth + 1] = _witness[depth + 1];
        _threshold[depth + 1] = _repair.Threshold;
        return true;
    }

    // Records a chosen decision at decision depth `depth`, building the zero mask of depth + 1.
    private void Choose(int p, bool one, int depth)
    {
        var next = _zeroMask[depth + 1];
        var mask = _zeroMask[depth];
        if (one)
        {
            mask.CopyTo(next, 0);
            _onesSet[p >> 6] |= 1UL << (p & 63);
            _ones.Add(p);
            foreach (var u in _order.UpperCovers[p]) _onesBelow[u]++;
        }
        else
        {
            var down = _order.DownSets[p];
            for (var i = 0; i < _words; i++) next[i] = mask[i] | down[i];
            _zeros.Add(p);
        }
    }

    private void Undo(int p, bool one)
    {
        if (one)
        {
            _onesSet[p >> 6] &= ~(1UL << (p & 63));
            _ones.RemoveAt(_ones.Count - 1);
            foreach (var u in _order.UpperCovers[p]) _onesBelow[u]--;
        }
        else
        {
            _zeros.RemoveAt(_zeros.Count - 1);
        }
    }

    private string Prefix(int k, bool? next)
    {
        var chars = new char[k + (next is null ? 0 : 1)];
        for (var i = 0; i < k; i++) chars[i] = Has(_onesSet, _order.Sequence[i]) ? '1' : '0';
        if (next is { } one) chars[k] = one ? '1' : '0';
        return new string(chars);
    }

    private static bool Has(ulong[] set, int x) => (set[x >> 6] >> (x & 63) & 1) != 0;

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

/// <summary>What one search run produced: its counters and the prefixes it left for others.</summary>
/// <param name="Partial">Counters of the leaves found (see <see cref="CensusTally"/>).</param>
/// <param name="Unexplored">Decision prefixes of the subtrees not explored (empty when finished).</param>
public sealed record SearchResult(Sweeps.Partial Partial, IReadOnlyList<string> Unexplored);
