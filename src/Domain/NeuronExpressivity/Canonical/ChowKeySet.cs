namespace Expressivity.Domain.NeuronExpressivity.Canonical;

/// <summary>
/// A set of packed Chow keys (fixed width, see <see cref="PackedChow"/>), each with a small value merged
/// by maximum: the number of free relevant inputs of the best realisation seen (orbit mode) or 0.
/// Open addressing over a flat word arena, so adding a key allocates nothing once grown.
/// </summary>
public sealed class ChowKeySet
{
    private readonly int _width;
    private ulong[] _words;
    private byte[] _values;
    private int[] _slots;
    private int _mask;

    /// <summary>An empty set of keys <paramref name="width"/> words wide.</summary>
    public ChowKeySet(int width)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        _width = width;
        _words = new ulong[16 * width];
        _values = new byte[16];
        _slots = new int[32];
        _mask = 31;
    }

    /// <summary>Words per key.</summary>
    public int Width => _width;

    /// <summary>Distinct keys held.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a key, or raises its value to <paramref name="value"/> when larger.</summary>
    public void Add(ReadOnlySpan<ulong> key, byte value)
    {
        if (key.Length != _width) throw new ArgumentException($"keys are {_width} words", nameof(key));
        var i = (int)PackedChow.Hash(key) & _mask;
        while (_slots[i] != 0)
        {
            var index = _slots[i] - 1;
            if (Key(index).SequenceEqual(key))
            {
                if (value > _values[index]) _values[index] = value;
                return;
            }

            i = (i + 1) & _mask;
        }

        if (Count == _values.Length)
        {
            Array.Resize(ref _words, _words.Length * 2);
            Array.Resize(ref _values, _values.Length * 2);
        }

        key.CopyTo(_words.AsSpan(Count * _width, _width));
        _values[Count] = value;
        _slots[i] = ++Count;
        if (2 * Count > _slots.Length) Rehash();
    }

    /// <summary>Key number <paramref name="index"/> (insertion order, 0..Count-1).</summary>
    public ReadOnlySpan<ulong> Key(int index) => _words.AsSpan(index * _width, _width);

    /// <summary>The value of key number <paramref name="index"/>.</summary>
    public byte Value(int index) => _values[index];

    private void Rehash()
    {
        _slots = new int[_slots.Length * 2];
        _mask = _slots.Length - 1;
        for (var index = 0; index < Count; index++)
        {
            var i = (int)PackedChow.Hash(Key(index)) & _mask;
            while (_slots[i] != 0) i = (i + 1) & _mask;
            _slots[i] = index + 1;
        }
    }
}
