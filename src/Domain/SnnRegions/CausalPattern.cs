namespace Expressivity.Domain.SnnRegions;

/// <summary>
/// What decides a neuron's affine piece: the non-empty causal set that made it fire (bit i = input i),
/// or <see cref="Never"/> when it does not fire. Encoded as one number: the mask, or 0 for never.
/// </summary>
public readonly record struct CausalPattern(ulong Code)
{
    /// <summary>The neuron does not fire.</summary>
    public static CausalPattern Never => new(0);

    /// <summary>The neuron fires caused by the inputs in <paramref name="mask"/> (non-empty).</summary>
    public static CausalPattern FiredBy(ulong mask) =>
        mask != 0 ? new(mask) : throw new ArgumentException("a firing neuron has a non-empty causal set");

    /// <summary>True for the never-firing pattern.</summary>
    public bool IsNever => Code == 0;

    /// <summary>"never" or the causal set as "{0,2}".</summary>
    public override string ToString()
    {
        var code = Code;
        return code == 0 ? "never" : "{" + string.Join(",", Enumerable.Range(0, 64).Where(i => (code >> i & 1) != 0)) + "}";
    }
}
