using System.Runtime.InteropServices;

namespace Expressivity.Domain.ThresholdCensus;

/// <summary>
/// The decisions of a search path over a regular function: chosen true points, chosen false points,
/// and per decision depth the bit set of points forced false (the union of the down-sets of the chosen
/// false points). Also the constraint points that decide separability: the dominance-minimal true
/// points (no lower cover is true) and the chosen false points (which are the maximal ones, since a
/// false point below another is forced, never chosen).
/// </summary>
public sealed class PartialRegularFunction
{
    private readonly DominanceOrder _order;
    private readonly int _words;
    private readonly ulong[] _onesSet;
    private readonly int[] _onesBelow;
    private readonly List<int> _ones = [];
    private readonly List<int> _zeros = [];
    private readonly ulong[][] _zeroMask;
    private readonly List<int> _minimalOnes = [];
    private readonly List<int[]> _minimalOnesPrefix = [];
    private readonly List<int[]> _zerosPrefix = [];
    private readonly List<ulong> _minimalOnesPacked = [];
    private readonly List<ulong> _zerosPacked = [];

    /// <summary>Empty decisions over <paramref name="order"/>.</summary>
    public PartialRegularFunction(DominanceOrder order)
    {
        _order = order;
        _words = order.Words;
        var points = 1 << order.N;
        _onesSet = new ulong[_words];
        _onesBelow = new int[points];
        _zeroMask = Enumerable.Range(0, points + 2).Select(_ => new ulong[_words]).ToArray();
    }

    /// <summary>After <see cref="CollectConstraints"/>: the minimal true points.</summary>
    public List<int> MinimalOnes => _minimalOnes;

    /// <summary>After <see cref="CollectConstraints"/>: prefix counts of the minimal true points.</summary>
    public ReadOnlySpan<int[]> MinimalOnesPrefix => CollectionsMarshal.AsSpan(_minimalOnesPrefix);

    /// <summary>After <see cref="CollectConstraints"/>: prefix counts of the chosen false points.</summary>
    public ReadOnlySpan<int[]> ZerosPrefix => CollectionsMarshal.AsSpan(_zerosPrefix);

    /// <summary>After <see cref="CollectConstraints"/>: <see cref="DominanceOrder.Packed"/> prefix counts of the minimal true points.</summary>
    public ReadOnlySpan<ulong> MinimalOnesPacked => CollectionsMarshal.AsSpan(_minimalOnesPacked);

    /// <summary>After <see cref="CollectConstraints"/>: packed prefix counts of the chosen false points.</summary>
    public ReadOnlySpan<ulong> ZerosPacked => CollectionsMarshal.AsSpan(_zerosPacked);

    /// <summary>The same lists for the oracle.</summary>
    public (List<int[]> OnesPrefix, List<int> Ones, List<int[]> ZerosPrefix, List<int> Zeros) Constraints =>
        (_minimalOnesPrefix, _minimalOnes, _zerosPrefix, _zeros);

    /// <summary>Forgets every decision.</summary>
    public void Clear()
    {
        Array.Clear(_onesSet);
        Array.Clear(_onesBelow);
        Array.Clear(_zeroMask[0]);
        _ones.Clear();
        _zeros.Clear();
    }

    /// <summary>True when point x is forced false after <paramref name="depth"/> chosen decisions.</summary>
    public bool Forced(int x, int depth) => Has(_zeroMask[depth], x);

    /// <summary>Points forced or chosen false after <paramref name="depth"/> decisions.</summary>
    public ulong[] FalseMask(int depth) => _zeroMask[depth];

    /// <summary>Records a chosen decision at decision depth <paramref name="depth"/> (builds the mask of depth + 1).</summary>
    public void Choose(int p, bool one, int depth)
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

    /// <summary>Undoes the last <see cref="Choose"/> of point p.</summary>
    public void Undo(int p, bool one)
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

    /// <summary>Gathers the minimal true points and the chosen false points.</summary>
    public void CollectConstraints()
    {
        _minimalOnes.Clear();
        _minimalOnesPrefix.Clear();
        _zerosPrefix.Clear();
        _minimalOnesPacked.Clear();
        _zerosPacked.Clear();
        var prefix = _order.Prefix;
        var packed = _order.Packed;
        foreach (var a in _ones)
        {
            if (_onesBelow[a] != 0) continue;
            _minimalOnes.Add(a);
            _minimalOnesPrefix.Add(prefix[a]);
            _minimalOnesPacked.Add(packed[a]);
        }

        foreach (var b in _zeros)
        {
            _zerosPrefix.Add(prefix[b]);
            _zerosPacked.Add(packed[b]);
        }
    }

    /// <summary>The decisions for the first k points of the sequence as '0'/'1', plus an optional next one.</summary>
    public string Prefix(int k, bool? next)
    {
        var chars = new char[k + (next is null ? 0 : 1)];
        for (var i = 0; i < k; i++) chars[i] = Has(_onesSet, _order.Sequence[i]) ? '1' : '0';
        if (next is { } one) chars[k] = one ? '1' : '0';
        return new string(chars);
    }

    private static bool Has(ulong[] set, int x) => (set[x >> 6] >> (x & 63) & 1) != 0;
}
