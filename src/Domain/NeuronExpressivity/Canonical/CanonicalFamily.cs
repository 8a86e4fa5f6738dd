namespace Expressivity.Domain.NeuronExpressivity.Canonical;

/// <summary>
/// How method "canonical" enumerates a spec's family (docs/design/distinct-counting.md, section
/// "Method canonical"). Two modes:
/// <list type="bullet">
/// <item><b>Orbits</b>: sorted magnitude vectors u_1 ≥ … ≥ u_N ≥ 0 (the absolute values the domain
/// allows); a class is a positive function and counts (N!/Π m_j!) × (realisable sign patterns of its
/// relevant inputs). Valid when negating an input never has to move the threshold out of the family
/// (threshold "any", or bipolar inputs, where negating x_i is negating w_i with t unchanged) and the
/// magnitudes that may take both signs ("free") are all magnitudes up to <see cref="FreeBound"/>.</item>
/// <item><b>Permutations</b>: sorted signed vectors w_1 ≥ … ≥ w_N over the domain itself; a class is
/// one function up to input permutations and counts N!/Π m_j!. Exact for every family; used when the
/// orbit conditions fail (binary inputs with a fixed or ranged threshold, or sign-asymmetric sets
/// such as {−2, 1}).</item>
/// </list>
/// </summary>
public sealed class CanonicalFamily
{
    private CanonicalFamily(NeuronExpressivitySpec spec, bool orbits, long[] alphabet, long freeBound)
    {
        Spec = spec;
        Orbits = orbits;
        Alphabet = alphabet;
        FreeBound = freeBound;
    }

    /// <summary>The spec.</summary>
    public NeuronExpressivitySpec Spec { get; }

    /// <summary>True for the orbit mode, false for the permutation mode.</summary>
    public bool Orbits { get; }

    /// <summary>The letters of the sorted vectors, in decreasing order: magnitudes (orbits) or signed values.</summary>
    public long[] Alphabet { get; }

    /// <summary>Orbit mode: magnitudes 1..FreeBound may carry either sign; larger ones only one (0 when none).</summary>
    public long FreeBound { get; }

    /// <summary>"orbits" or "permutations" (reported).</summary>
    public string ModeName => Orbits ? "orbits" : "permutations";

    /// <summary>Analyses a spec; never fails (the permutation mode is always exact).</summary>
    public static CanonicalFamily For(NeuronExpressivitySpec spec)
    {
        var domain = spec.Weights;
        var values = Enumerable.Range(0, checked((int)domain.Count)).Select(i => domain.ValueAt(i)).ToArray();
        var signed = values.OrderDescending().ToArray();
        var thresholdFree = spec.Threshold.Kind == ThresholdRule.Mode.Any || spec.Inputs == InputEncoding.Bipolar;
        if (!thresholdFree) return new CanonicalFamily(spec, false, signed, 0);

        var positive = values.Where(v => v > 0).ToHashSet();
        var negative = values.Where(v => v < 0).Select(v => -v).ToHashSet();
        var magnitudes = positive.Union(negative).ToHashSet();
        var free = positive.Intersect(negative).ToHashSet();
        var freeBound = free.Count == 0 ? 0 : free.Max();
        // One sign must be forced everywhere (else two realisations could force opposite patterns),
        // and the free magnitudes must be exactly the small ones (so free inputs are a bottom segment).
        var nested = positive.IsSubsetOf(negative) || negative.IsSubsetOf(positive);
        var downSet = magnitudes.Where(m => m <= freeBound).All(free.Contains);
        if (!nested || !downSet) return new CanonicalFamily(spec, false, signed, 0);

        if (values.Contains(0)) magnitudes.Add(0);
        return new CanonicalFamily(spec, true, magnitudes.OrderDescending().ToArray(), freeBound);
    }
}
