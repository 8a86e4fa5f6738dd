using System.Runtime.Intrinsics.X86;

namespace Expressivity.Domain.NeuronExpressivity;

/// <summary>
/// An open-addressing hash set of truth tables (linear probing, grows at half load). Faster and
/// leaner than HashSet for the billions of inserts of a brute-force map unit. The zero table (the
/// constant 0 function) marks empty slots, so its membership is a separate flag.
/// </summary>
public sealed class TableSet
{
    private UInt128[] _slots;
    private bool _hasZero;
    private int _mask;

    /// <summary>An empty set with room for about <paramref name="expected"/> tables before growing.</summary>
    public TableSet(int expected = 1024)
    {
        var capacity = 16;
        while (capacity < 2L * expected) capacity <<= 1;
        _slots = new UInt128[capacity];
        _mask = capacity - 1;
    }

    /// <summary>Number of tables held.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a table; false when it was already present.</summary>
    public bool Add(UInt128 table) => Insert(table, TableHash.Mix(table));

    /// <summary>
    /// Adds a batch (one weight vector's tables): all hashes first with each slot prefetched, then the
    /// probes, so the batch's cache misses overlap instead of queueing. Returns how many were new.
    /// </summary>
    public unsafe int AddRange(ReadOnlySpan<UInt128> tables)
    {
        Span<ulong> hashes = stackalloc ulong[tables.Length];
        fixed (UInt128* slots = _slots)
        {
            for (var j = 0; j < tables.Length; j++)
            {
                hashes[j] = TableHash.Mix(tables[j]);
                if (Sse.IsSupported) Sse.Prefetch0(slots + ((int)hashes[j] & _mask));
            }
        }

        var added = 0;
        for (var j = 0; j < tables.Length; j++)
        {
            if (Insert(tables[j], hashes[j])) added++;
        }

        return added;
    }

    /// <summary>Every table held, in no particular order.</summary>
    public IEnumerable<UInt128> Items()
    {
        if (_hasZero) yield return UInt128.Zero;
        foreach (var slot in _slots)
        {
            if (slot != UInt128.Zero) yield return slot;
        }
    }

    private bool Insert(UInt128 table, ulong hash)
    {
        if (table == UInt128.Zero)
        {
            if (_hasZero) return false;
            _hasZero = true;
            Count++;
            return true;
        }

        var i = (int)hash & _mask;
        while (true)
        {
            var slot = _slots[i];
            if (slot == table) return false;
            if (slot == UInt128.Zero) break;
            i = (i + 1) & _mask;
        }

        _slots[i] = table;
        Count++;
        if (2L * Count > _slots.Length) Grow();
        return true;
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new UInt128[old.Length * 2];
        _mask = _slots.Length - 1;
        foreach (var table in old)
        {
            if (table == UInt128.Zero) continue;
            var i = (int)TableHash.Mix(table) & _mask;
            while (_slots[i] != UInt128.Zero) i = (i + 1) & _mask;
            _slots[i] = table;
        }
    }
}
