using System.Numerics;

namespace Expressivity.Domain.Autoencoders;

/// <summary>
/// Exact search for a code assignment under which every output column is one of the allowed functions
/// of the code (constraint propagation over code columns). Columns are fixed one at a time; the codes
/// with equal outputs so far form cells, the vectors with equal bits so far form groups, and a cell can
/// hold its group only if it has at least as many codes (exactly as many when |S| = 2^d). A branch dies
/// as soon as some cell cannot split the way its group splits, so an exhausted search is a complete
/// refutation. With <c>symmetric</c> (allowed set closed under the code cube's symmetries) the first
/// column only tries one function per symmetry orbit.
/// </summary>
public sealed class AssignmentSearch
{
    private readonly ulong[] _vectors;
    private readonly int _bits;
    private readonly int _points;
    private readonly IReadOnlyList<ulong> _allowed;
    private readonly bool _exact;
    private readonly IReadOnlySet<ulong>? _firstColumnReps;
    private int[] _order = [];
    private ulong[] _columnGroups = [];
    private ulong[] _chosen = [];

    /// <summary>
    /// A search for the vectors (bit j = output j) over 2^codeBits codes and the allowed column functions;
    /// <paramref name="firstColumnReps"/>, when the allowed set is closed under the code cube's symmetries,
    /// holds one allowed function per orbit.
    /// </summary>
    public AssignmentSearch(IReadOnlyList<ulong> vectors, int vectorBits, int codeBits, IReadOnlyList<ulong> allowed, IReadOnlySet<ulong>? firstColumnReps = null)
    {
        if (vectors.Count > 1 << codeBits) throw new ArgumentException("more vectors than codes", nameof(vectors));
        if (vectors.Count > 64) throw new ArgumentException("at most 64 vectors", nameof(vectors));
        _vectors = [.. vectors];
        _bits = vectorBits;
        _points = 1 << codeBits;
        _allowed = allowed;
        _exact = vectors.Count == _points;
        _firstColumnReps = firstColumnReps;
    }

    /// <summary>
    /// Node budget: past it the search gives up and <see cref="Find"/> returns null with
    /// <see cref="GaveUp"/> set, which refutes nothing (only heuristic callers set it).
    /// </summary>
    public long NodeLimit { get; init; } = long.MaxValue;

    /// <summary>True when the last <see cref="Find"/> stopped at <see cref="NodeLimit"/>.</summary>
    public bool GaveUp { get; private set; }

    /// <summary>Search nodes visited by the last <see cref="Find"/>.</summary>
    public long Nodes { get; private set; }

    /// <summary>
    /// The column functions (mask over codes, one per output bit) and each vector's code, or null when
    /// no assignment exists.
    /// </summary>
    public (ulong[] Columns, int[] Codes)? Find()
    {
        Nodes = 0;
        GaveUp = false;
        _columnGroups = new ulong[_bits];
        for (var j = 0; j < _bits; j++)
        {
            for (var v = 0; v < _vectors.Length; v++) _columnGroups[j] |= (_vectors[v] >> j & 1) << v;
        }

        // Most constrained first: columns whose count of ones admits the fewest allowed functions.
        _order = [.. Enumerable.Range(0, _bits).OrderBy(j => _allowed.Count(f => Fits(f, j))).ThenBy(j => j)];
        _chosen = new ulong[_bits];
        var allCodes = _points == 64 ? ulong.MaxValue : (1UL << _points) - 1;
        var allVectors = _vectors.Length == 64 ? ulong.MaxValue : (1UL << _vectors.Length) - 1;
        var cells = new List<(ulong Cell, ulong Group)> { (allCodes, allVectors) };
        if (_vectors.Length == 0) return (new ulong[_bits], []);
        if (!Extend(0, cells)) return null;
        var codes = new int[_vectors.Length];
        for (var v = 0; v < _vectors.Length; v++)
        {
            var cell = allCodes;
            for (var j = 0; j < _bits; j++) cell &= (_vectors[v] >> j & 1) != 0 ? _chosen[j] : ~_chosen[j];
            codes[v] = BitOperations.TrailingZeroCount(cell);
        }

        return (_chosen, codes);
    }

    private bool Fits(ulong f, int column)
    {
        var ones = BitOperations.PopCount(_columnGroups[column]);
        var have = BitOperations.PopCount(f);
        return _exact ? have == ones : have >= ones && _points - have >= _vectors.Length - ones;
    }

    private bool Extend(int depth, List<(ulong Cell, ulong Group)> cells)
    {
        Nodes++;
        if (depth == _bits) return true;
        if (Nodes > NodeLimit)
        {
            GaveUp = true;
            return false;
        }

        var column = _order[depth];
        var ones = _columnGroups[column];
        var next = new List<(ulong Cell, ulong Group)>(cells.Count * 2);
        foreach (var f in _allowed)
        {
            if (depth == 0 && _firstColumnReps is not null && !_firstColumnReps.Contains(f)) continue;
            if (!Fits(f, column)) continue;
            next.Clear();
            var ok = true;
            foreach (var (cell, group) in cells)
            {
                var cellOn = cell & f;
                var groupOn = group & ones;
                var codesOn = BitOperations.PopCount(cellOn);
                var codesOff = BitOperations.PopCount(cell) - codesOn;
                var vectorsOn = BitOperations.PopCount(groupOn);
                var vectorsOff = BitOperations.PopCount(group) - vectorsOn;
                if (_exact ? codesOn != vectorsOn : codesOn < vectorsOn || codesOff < vectorsOff)
                {
                    ok = false;
                    break;
                }

                // Codes whose group is empty are unused: dropping them keeps the counts honest.
                if (vectorsOn > 0) next.Add((cellOn, groupOn));
                if (vectorsOff > 0) next.Add((cell & ~f, group & ~ones));
            }

            if (!ok) continue;
            _chosen[column] = f;
            if (Extend(depth + 1, [.. next])) return true;
            if (GaveUp) return false;
        }

        return false;
    }
}
