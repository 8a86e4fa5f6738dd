using Expressivity.Domain.Threshold;

namespace Expressivity.Domain.NeuronExpressivity.Canonical;

/// <summary>
/// Walks the sorted vectors that complete one prefix and adds the canonical key of every function
/// each vector realises within the spec's thresholds, all thresholds at once from
/// <see cref="ChowTable"/> (subset-sum counts, no 2^N loop).
/// </summary>
/// <remarks>
/// A vector w with magnitudes u = |w| and negated set S realises f = g∘σ_S, g = [u·y ≥ t_g] positive.
/// Binary inputs: [w·x ≥ t] is g with t_g = t + Σ_S u_i. Bipolar inputs: [w·x ≥ t] is the binary
/// [w·b ≥ ⌈(t + Σw)/2⌉] (x = 2b − 1), then the same shift. So every vector turns the spec's thresholds
/// into one window [A, B] of t_g, whose distinct functions are g at t_g = A and at v + 1 for every
/// achievable sum v in [A, B − 1] (g only changes just after an achievable sum).
/// </remarks>
public sealed class CanonicalCollector
{
    private readonly CanonicalFamily _family;
    private readonly int _n;
    private readonly ChowTable _table;
    private readonly int[] _letters;
    private readonly int[] _magnitudes;
    private readonly long[] _chow;
    private readonly ulong[] _key;
    private readonly bool _skipMultiples;

    /// <summary>A collector for one family.</summary>
    public CanonicalCollector(CanonicalFamily family)
    {
        _family = family;
        _n = family.Spec.N;
        _table = new ChowTable(_n);
        _letters = new int[_n];
        _magnitudes = new int[_n];
        _chow = new long[_n + 1];
        _key = new ulong[PackedChow.Words(_n)];
        // A vector with common factor g > 1 realises, with a free threshold, exactly what u / g does; u / g is
        // also walked when the magnitudes are every integer from 1 (or 0) up, and its inputs are no less free.
        var letters = family.Alphabet.Where(a => a > 0).ToArray();
        _skipMultiples = family.Orbits && family.Spec.Threshold.Kind == ThresholdRule.Mode.Any
            && letters.Length > 0 && letters.Length == letters[0];
    }

    /// <summary>Sorted vectors walked so far.</summary>
    public long Vectors { get; private set; }

    /// <summary>Adds the keys of every completion of <paramref name="prefix"/> to <paramref name="keys"/>.</summary>
    public void Collect(ReadOnlySpan<int> prefix, ChowKeySet keys, CancellationToken cancel)
    {
        prefix.CopyTo(_letters);
        Fill(prefix.Length, prefix.Length == 0 ? 0 : prefix[^1], keys, cancel);
    }

    private void Fill(int depth, int first, ChowKeySet keys, CancellationToken cancel)
    {
        if (depth == _n)
        {
            if ((++Vectors & 1023) == 0) cancel.ThrowIfCancellationRequested();
            Visit(keys);
            return;
        }

        for (var a = first; a < _family.Alphabet.Length; a++)
        {
            _letters[depth] = a;
            Fill(depth + 1, a, keys, cancel);
        }
    }

    private void Visit(ChowKeySet keys)
    {
        long signedSum = 0, negated = 0, gcd = 0;
        for (var i = 0; i < _n; i++)
        {
            var w = _family.Alphabet[_letters[i]];
            _magnitudes[i] = (int)Math.Abs(w);
            signedSum += w;
            if (w < 0) negated -= w;
            gcd = Gcd(gcd, Math.Abs(w));
        }

        if (_skipMultiples && gcd > 1) return;
        _table.Load(_magnitudes);
        var (low, high) = Window(signedSum, negated);
        Emit(low, keys);
        var total = _table.Total;
        for (var v = Math.Max(low, 0); v < high && v <= total; v++)
        {
            if (_table.IsAchievable((int)v)) Emit(v + 1, keys);
        }
    }

    // The window [A, B] of t_g, clamped to [0, Σu + 1] (outside it g is constant).
    private (long Low, long High) Window(long signedSum, long negated)
    {
        var rule = _family.Spec.Threshold;
        var top = (long)_table.Total + 1;
        if (rule.Kind == ThresholdRule.Mode.Any) return (0, top);
        long Map(long t) => (_family.Spec.Inputs == InputEncoding.Bipolar ? (t + signedSum + 1) >> 1 : t) + negated;
        return (Math.Clamp(Map(rule.Low), 0, top), Math.Clamp(Map(rule.High), 0, top));
    }

    private void Emit(long t, ChowKeySet keys)
    {
        _table.Chow((int)t, _chow);
        byte free = 0;
        for (var i = 0; i < _n; i++)
        {
            var w = _family.Alphabet[_letters[i]];
            if (_family.Orbits)
            {
                if (2 * _chow[i + 1] != _chow[0] && w > 0 && w <= _family.FreeBound) free++;
            }
            else if (w < 0)
            {
                // Negated input: c_i(f) = #{f = 1, x_i = 1} = #{g = 1, y_i = 0} = c0 − c_i(g).
                _chow[i + 1] = _chow[0] - _chow[i + 1];
            }
        }

        var rest = _chow.AsSpan(1);
        rest.Sort();
        rest.Reverse();
        PackedChow.Pack(_chow, _key);
        keys.Add(_key, free);
    }

    private static long Gcd(long a, long b)
    {
        while (b != 0) (a, b) = (b, a % b);
        return a;
    }
}
