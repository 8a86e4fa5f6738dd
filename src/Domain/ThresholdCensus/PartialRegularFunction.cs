using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Expressivity.Domain.ThresholdCensus;

/// <summary>
/// The decisions of a search path over a regular function: chosen true points, chosen false points,
/// and per decision depth the bit set of points forced false (the union of the down-sets of the chosen
/// false points). Also the constraint points that decide separability: the dominance-minimal true
/// points (no lower cover is true) and the chosen false points (which are the maximal ones, since a
/// false point below another is forced, never chosen). These lists are kept in step with every
/// Choose and Undo, in the order the points were chosen, so reading them costs nothing.
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
    private readonly List<int> _displaced = [];
    private readonly int[] _decisionPoint;
    private readonly bool[] _decisionOne;

    /// <summary>Empty decisions over <paramref name="order"/>.</summary>
    public PartialRegularFunction(DominanceOrder order)
    {
        _order = order;
        _words = order.Words;
        var points = 1 << order.N;
        _onesSet = new ulong[_words];
        _onesBelow = new int[points];
        _zeroMask = Enumerable.Range(0, points + 2).Select(_ => new ulong[_words]).ToArray();
        _decisionPoint = new int[points + 2];
        _decisionOne = new bool[points + 2];
    }

    /// <summary>Per point, how many of its lower covers are chosen true (non-zero: not minimal).</summary>
    public ReadOnlySpan<int> TrueLowerCovers => _onesBelow;

    /// <summary>The point chosen by decision <paramref name="depth"/> (0 = first) on the current path.</summary>
    public int DecisionPoint(int depth) => _decisionPoint[depth];

    /// <summary>Whether decision <paramref name="depth"/> chose its point true.</summary>
    public bool DecisionOne(int depth) => _decisionOne[depth];

    /// <summary>Kept up to date by Choose and Undo: the minimal true points.</summary>
    public List<int> MinimalOnes => _minimalOnes;

    /// <summary>Kept up to date by Choose and Undo: prefix counts of the minimal true points.</summary>
    public ReadOnlySpan<int[]> MinimalOnesPrefix => CollectionsMarshal.AsSpan(_minimalOnesPrefix);

    /// <summary>Kept up to date by Choose and Undo: prefix counts of the chosen false points.</summary>
    public ReadOnlySpan<int[]> ZerosPrefix => CollectionsMarshal.AsSpan(_zerosPrefix);

    /// <summary>Kept up to date by Choose and Undo: <see cref="DominanceOrder.Packed"/> prefix counts of the minimal true points.</summary>
    public ReadOnlySpan<ulong> MinimalOnesPacked => CollectionsMarshal.AsSpan(_minimalOnesPacked);

    /// <summary>Kept up to date by Choose and Undo: packed prefix counts of the chosen false points.</summary>
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
        _minimalOnes.Clear();
        _minimalOnesPrefix.Clear();
        _minimalOnesPacked.Clear();
        _zerosPrefix.Clear();
        _zerosPacked.Clear();
        _displaced.Clear();
    }

    /// <summary>True when point x is forced false after <paramref name="depth"/> chosen decisions.</summary>
    public bool Forced(int x, int depth) => Has(_zeroMask[depth], x);

    /// <summary>Points forced or chosen false after <paramref name="depth"/> decisions.</summary>
    public ulong[] FalseMask(int depth) => _zeroMask[depth];

    /// <summary>Records a chosen decision at decision depth <paramref name="depth"/> (builds the mask of depth + 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Choose(int p, bool one, int depth)
    {
        var next = _zeroMask[depth + 1];
        var mask = _zeroMask[depth];
        _decisionPoint[depth] = p;
        _decisionOne[depth] = one;
        if (one)
        {
            mask.CopyTo(next, 0);
            _onesSet[p >> 6] |= 1UL << (p & 63);
            _ones.Add(p);

            // A chosen true point is minimal (its lower covers come later in the sequence); its upper
            // covers are all true (a false one would have forced p) and stop being minimal. Each one
            // displaced is remembered with its list position so Undo restores the exact order.
            var displaced = 0;
            foreach (var u in _order.UpperCovers[p])
            {
                if (_onesBelow[u]++ != 0) continue;
                var at = _minimalOnes.IndexOf(u);
                _minimalOnes.RemoveAt(at);
                _minimalOnesPrefix.RemoveAt(at);
                _minimalOnesPacked.RemoveAt(at);
                _displaced.Add(at);
                displaced++;
            }

            _displaced.Add(displaced);
            _minimalOnes.Add(p);
            _minimalOnesPrefix.Add(_order.Prefix[p]);
            _minimalOnesPacked.Add(_order.Packed[p]);
        }
        else
        {
            var down = _order.DownSets[p];
            for (var i = 0; i < _words; i++) next[i] = mask[i] | down[i];
            _zeros.Add(p);
            _zerosPrefix.Add(_order.Prefix[p]);
            _zerosPacked.Add(_order.Packed[p]);
        }
    }

    /// <summary>Undoes the last <see cref="Choose"/> of point p.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Undo(int p, bool one)
    {
        if (one)
        {
            _onesSet[p >> 6] &= ~(1UL << (p & 63));
            _ones.RemoveAt(_ones.Count - 1);
            Pop(_minimalOnes);
            Pop(_minimalOnesPrefix);
            Pop(_minimalOnesPacked);
            var displaced = Pop(_displaced);
            var covers = _order.UpperCovers[p];
            for (var c = covers.Length - 1; c >= 0; c--)
            {
                var u = covers[c];
                if (--_onesBelow[u] != 0) continue;
                var at = Pop(_displaced);
                _minimalOnes.Insert(at, u);
                _minimalOnesPrefix.Insert(at, _order.Prefix[u]);
                _minimalOnesPacked.Insert(at, _order.Packed[u]);
                displaced--;
            }

            if (displaced != 0) throw new InvalidOperationException("minimal true points out of step");
        }
        else
        {
            Pop(_zeros);
            Pop(_zerosPrefix);
            Pop(_zerosPacked);
        }
    }

    private static T Pop<T>(List<T> list)
    {
        var last = list[^1];
        list.RemoveAt(list.Count - 1);
        return last;
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
