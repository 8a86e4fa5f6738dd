using Expressivity.Domain.Threshold;

namespace Expressivity.Domain.ThresholdCensus;

/// <summary>
/// Method (b) of SPEC.md 1.3: depth-first search over regular positive functions, deciding f point by
/// point along a linear extension of the dominance order (top first). Each node carries an integer
/// witness (w, t) for the decisions so far, so the branch the witness agrees with needs no LP; the other
/// branch asks the <see cref="SeparationOracle"/>. A point below a false point is forced false. Every
/// leaf is one NP class (regular threshold functions ↔ classes), accepted only after its witness is
/// checked on all 2^N points. No weight bound is assumed anywhere.
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
    private readonly sbyte[] _value;
    private readonly int[] _onesBelow;
    private readonly List<int> _ones = [];
    private readonly List<int> _zeros = [];
    private readonly long[][] _witness;
    private readonly long[] _threshold;
    private readonly ulong[] _table;
    private readonly long[] _chow;
    private readonly List<string> _children = [];
    private CensusTally _tally = new();
    private long _nodes;
    private bool _stopping;

    /// <summary>A search over N inputs that splits after <paramref name="budget"/> nodes.</summary>
    public RegularFunctionSearch(int n, long budget)
    {
        _n = n;
        _points = 1 << n;
        _budget = budget;
        _order = new DominanceOrder(n);
        _oracle = new SeparationOracle(n);
        _value = new sbyte[_points];
        _onesBelow = new int[_points];
        _witness = Enumerable.Range(0, _points + 1).Select(_ => new long[n]).ToArray();
        _threshold = new long[_points + 1];
        _table = new ulong[ThresholdWitness.Words(n)];
        _chow = new long[n + 1];
    }

    /// <summary>The order the decisions of a prefix refer to.</summary>
    public DominanceOrder Order => _order;

    /// <summary>Explores the subtree below <paramref name="prefix"/> ('0'/'1' per point of the sequence).</summary>
    public SearchResult Run(string prefix)
    {
        _tally = new CensusTally();
        _children.Clear();
        _nodes = 0;
        _stopping = false;
        var programs = _oracle.Programs;
        var certificates = _oracle.Certificates;
        var exact = _oracle.ExactSolves;
        Array.Fill(_value, (sbyte)-1);
        Array.Clear(_onesBelow);
        _ones.Clear();
        _zeros.Clear();
        if (Replay(prefix) && Separable())
        {
            Adopt(prefix.Length);
            Explore(prefix.Length);
        }

        var partial = _tally.ToPartial(_nodes, _oracle.Programs - programs, _oracle.Certificates - certificates, _oracle.ExactSolves - exact);
        return new SearchResult(partial, _children.ToArray());
    }

    private bool Replay(string prefix)
    {
        if (prefix.Length > _points) throw new ArgumentException("prefix longer than the point sequence", nameof(prefix));
        for (var k = 0; k < prefix.Length; k++)
        {
            var p = _order.Sequence[k];
            var one = prefix[k] switch
            {
                '1' => true,
                '0' => false,
                _ => throw new ArgumentException("prefix must contain only '0' and '1'", nameof(prefix)),
            };
            var forced = ForcedZero(p);
            if (one && forced) return false;
            Set(p, one, chosen: !forced);
        }

        return true;
    }

    private void Explore(int k)
    {
        _nodes++;
        if (k == _points)
        {
            Leaf();
            return;
        }

        var p = _order.Sequence[k];
        if (ForcedZero(p))
        {
            // Below a false point: false, and the witness (sorted w ≥ 0) already says so.
            Pass(k);
            Set(p, false, chosen: false);
            Explore(k + 1);
            Unset(p, false, chosen: false);
            return;
        }

        if (_stopping || _nodes > _budget)
        {
            _stopping = true;
            _children.Add(Prefix(k, null));
            return;
        }

        var preferred = Dot(_witness[k], p) >= _threshold[k];
        Pass(k);
        Set(p, preferred, chosen: true);
        Explore(k + 1);
        Unset(p, preferred, chosen: true);
        if (_stopping)
        {
            _children.Add(Prefix(k, !preferred));
            return;
        }

        Set(p, !preferred, chosen: true);
        if (Separable())
        {
            Adopt(k + 1);
            Explore(k + 1);
        }

        Unset(p, !preferred, chosen: true);
    }

    private void Leaf()
    {
        Array.Clear(_table);
        for (var x = 0; x < _points; x++)
        {
            if (_value[x] == 1) _table[x >> 6] |= 1UL << (x & 63);
        }

        if (!ThresholdWitness.Realises(_witness[_points], _threshold[_points], _table))
            throw new InvalidOperationException("a leaf's witness failed the check on all points");
        ThresholdWitness.ChowOf(_table, _n, _chow);
        _tally.Add(_chow);
    }

    private bool ForcedZero(int p)
    {
        foreach (var u in _order.UpperCovers[p])
        {
            if (_value[u] == 0) return true;
        }

        return false;
    }

    // Minimal true points and chosen false points (the maximal ones) decide separability.
    private bool Separable()
    {
        var ones = new List<int>();
        foreach (var a in _ones)
        {
            if (_onesBelow[a] == 0) ones.Add(a);
        }

        return _oracle.Separate(
            ones.Select(a => _order.Prefix[a]).ToList(), ones,
            _zeros.Select(b => _order.Prefix[b]).ToList(), _zeros);
    }

    private void Adopt(int k)
    {
        _oracle.Weights.CopyTo(_witness[k], 0);
        _threshold[k] = _oracle.Threshold;
    }

    private void Pass(int k)
    {
        _witness[k].CopyTo(_witness[k + 1], 0);
        _threshold[k + 1] = _threshold[k];
    }

    private void Set(int p, bool one, bool chosen)
    {
        _value[p] = one ? (sbyte)1 : (sbyte)0;
        if (one)
        {
            _ones.Add(p);
            foreach (var u in _order.UpperCovers[p]) _onesBelow[u]++;
        }
        else if (chosen)
        {
            _zeros.Add(p);
        }
    }

    private void Unset(int p, bool one, bool chosen)
    {
        _value[p] = -1;
        if (one)
        {
            _ones.RemoveAt(_ones.Count - 1);
            foreach (var u in _order.UpperCovers[p]) _onesBelow[u]--;
        }
        else if (chosen)
        {
            _zeros.RemoveAt(_zeros.Count - 1);
        }
    }

    private string Prefix(int k, bool? next)
    {
        var chars = new char[k + (next is null ? 0 : 1)];
        for (var i = 0; i < k; i++) chars[i] = _value[_order.Sequence[i]] == 1 ? '1' : '0';
        if (next is { } one) chars[k] = one ? '1' : '0';
        return new string(chars);
    }

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
