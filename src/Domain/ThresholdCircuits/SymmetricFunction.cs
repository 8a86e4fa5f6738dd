namespace Expressivity.Domain.ThresholdCircuits;

/// <summary>
/// A periodic symmetric Boolean function (SPEC.md 3): its value depends only on s = number of ones
/// of the input, and is 1 iff s mod <see cref="Period"/> is in <see cref="Ones"/>. PARITY is period 2
/// with ones {1}; CQ = C(s,2) mod 2 is period 4 with ones {2, 3}.
/// </summary>
public sealed record SymmetricFunction
{
    /// <summary>A function of the given period and residues; both are validated.</summary>
    /// <exception cref="ArgumentException">Period below 1 or above 1024, or a residue outside [0, period).</exception>
    public SymmetricFunction(string name, int period, IEnumerable<int> ones)
    {
        if (period is < 1 or > 1024) throw new ArgumentException("period must lie in 1..1024", nameof(period));
        var set = ones.Distinct().Order().ToArray();
        if (set.Any(r => r < 0 || r >= period)) throw new ArgumentException($"residues must lie in 0..{period - 1}", nameof(ones));
        Name = name;
        Period = period;
        Ones = set;
    }

    /// <summary>PARITY: s mod 2.</summary>
    public static SymmetricFunction Parity { get; } = new("parity", 2, [1]);

    /// <summary>Complete Quadratic: XOR of all pairwise ANDs = C(s,2) mod 2, i.e. s mod 4 ∈ {2, 3}.</summary>
    public static SymmetricFunction CompleteQuadratic { get; } = new("cq", 4, [2, 3]);

    /// <summary>"parity", "cq" or "periodic".</summary>
    public string Name { get; }

    /// <summary>The period p.</summary>
    public int Period { get; }

    /// <summary>Residues mod p where the function is 1, ascending.</summary>
    public IReadOnlyList<int> Ones { get; }

    /// <summary>The value at s ones.</summary>
    public bool Value(long s) => Ones.Contains((int)(s % Period));

    /// <summary>Points 1..r where the value changes from s − 1 to s.</summary>
    public IEnumerable<int> ChangesUpTo(int r) => Enumerable.Range(1, Math.Max(r, 0)).Where(s => Value(s) != Value(s - 1));

    /// <summary>
    /// When the function restricted to s ∈ [0, r] is one threshold of s, its (weight ±1, threshold):
    /// value = [sign·s ≥ t]. Null otherwise.
    /// </summary>
    public (int Sign, long Threshold)? ThresholdOn(int r)
    {
        var changes = ChangesUpTo(r).ToList();
        if (changes.Count == 0) return Value(0) ? (1, 0) : (1, r + 1L);
        if (changes.Count > 1) return null;
        return Value(0) ? (-1, 1L - changes[0]) : (1, changes[0]);
    }
}
