using System.Numerics;
using Expressivity.Domain.Sweeps;
using Expressivity.Domain.Threshold;

namespace Expressivity.Domain.ThresholdCensus;

/// <summary>
/// Running totals over canonical classes (one regular positive threshold function each), turned into
/// partial counters. Every total is a sum, so units merge in any order (SPEC.md 1.3 orbit sums).
/// </summary>
public sealed class CensusTally
{
    private long _classes;
    private long _selfDual;
    private BigInteger _functions;
    private BigInteger _positive;
    private BigInteger _exactlyN;

    /// <summary>Adds one class given the Chow vector of its regular representative.</summary>
    public void Add(ReadOnlySpan<long> chow)
    {
        var facts = ThresholdClass.FromChow(chow);
        _classes++;
        _functions += facts.Orbit;
        _positive += facts.Positive;
        if (facts.Relevant == facts.N) _exactlyN += facts.Orbit;
        if (facts.SelfDual) _selfDual++;
    }

    /// <summary>The totals as a partial, with search statistics.</summary>
    public Partial ToPartial(long nodes, long programs, long certificates, long exactSolves, long repairs, long pairRefutations) => Partial.Of(
        (ThresholdCensusCounters.Classes, _classes), (ThresholdCensusCounters.Functions, _functions),
        (ThresholdCensusCounters.Positive, _positive), (ThresholdCensusCounters.ExactlyN, _exactlyN),
        (ThresholdCensusCounters.SelfDual, _selfDual), (ThresholdCensusCounters.Nodes, nodes),
        (ThresholdCensusCounters.Programs, programs), (ThresholdCensusCounters.Certificates, certificates),
        (ThresholdCensusCounters.ExactSolves, exactSolves), (ThresholdCensusCounters.Repairs, repairs),
        (ThresholdCensusCounters.PairRefutations, pairRefutations));
}
