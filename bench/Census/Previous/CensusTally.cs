// The census engine as it was on main at e358300 (2026-12-03), frozen here as the baseline that
// bench/Census times the current engine against in the same run. Do not tune it.
using System.Numerics;
using Expressivity.Domain.Sweeps;
using Expressivity.Domain.Threshold;

namespace Expressivity.Census.Previous;

/// <summary>
/// Running totals over canonical classes (one regular positive threshold function each), turned into
/// partial counters. Every total is a sum, so units merge in any order (SPEC.md 1.3 orbit sums).
/// The class facts are those of <see cref="ThresholdClass.FromChow"/>, computed here in machine
/// integers (N ≤ 20: N! &lt; 2^63, sums in Int128) because this runs once per class.
/// </summary>
public sealed class CensusTally
{
    private const int MaxSmallN = 20;
    private static readonly long[] Factorials = Enumerable.Range(0, MaxSmallN + 1).Select(k => (long)ThresholdClass.Factorial(k)).ToArray();
    private long _classes;
    private long _selfDual;
    private Int128 _functions;
    private Int128 _positive;
    private Int128 _exactlyN;

    /// <summary>Adds one class given the Chow vector of its regular representative.</summary>
    public void Add(ReadOnlySpan<long> chow)
    {
        var n = chow.Length - 1;
        if (n > MaxSmallN) throw new ArgumentException($"at most {MaxSmallN} inputs", nameof(chow));
        Span<long> c = stackalloc long[n];
        chow[1..].CopyTo(c);
        c.Sort();
        var relevant = 0;
        var positive = Factorials[n];
        for (var i = 0; i < n;)
        {
            var j = i;
            while (j < n && c[j] == c[i]) j++;
            positive /= Factorials[j - i];
            if (2 * c[i] != chow[0]) relevant += j - i;
            i = j;
        }

        var orbit = (Int128)positive << relevant;
        _classes++;
        _functions += orbit;
        _positive += positive;
        if (relevant == n) _exactlyN += orbit;

        // Self-dual exactly when c0 = 2^(N−1) (see ThresholdClass.FromChow).
        if (n > 0 && chow[0] == 1L << (n - 1)) _selfDual++;
    }

    /// <summary>The totals as a partial, with search statistics.</summary>
    public Partial ToPartial(long nodes, long programs, long certificates, long exactSolves, long repairs, long pairRefutations) => Partial.Of(
        (ThresholdCensusCounters.Classes, _classes), (ThresholdCensusCounters.Functions, (BigInteger)_functions),
        (ThresholdCensusCounters.Positive, (BigInteger)_positive), (ThresholdCensusCounters.ExactlyN, (BigInteger)_exactlyN),
        (ThresholdCensusCounters.SelfDual, _selfDual), (ThresholdCensusCounters.Nodes, nodes),
        (ThresholdCensusCounters.Programs, programs), (ThresholdCensusCounters.Certificates, certificates),
        (ThresholdCensusCounters.ExactSolves, exactSolves), (ThresholdCensusCounters.Repairs, repairs),
        (ThresholdCensusCounters.PairRefutations, pairRefutations));
}
