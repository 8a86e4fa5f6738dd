using System.Globalization;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Domain.ThresholdCensus;

/// <summary>
/// The counters of a <c>threshold-census</c> sweep and how each merges. Search units cover disjoint
/// subtrees, so every total and statistic adds (SPEC.md 1.3 orbit sums); each weight bound K is
/// written by the single bounds unit.
/// </summary>
public static class ThresholdCensusCounters
{
    /// <summary>Canonical classes (regular positive threshold functions) found.</summary>
    public static readonly Counter Classes = Counter.Sum("classes");

    /// <summary>Threshold functions: the orbit sizes of the classes.</summary>
    public static readonly Counter Functions = Counter.Sum("functions");

    /// <summary>Positive threshold functions.</summary>
    public static readonly Counter Positive = Counter.Sum("positive");

    /// <summary>Threshold functions depending on exactly N inputs.</summary>
    public static readonly Counter ExactlyN = Counter.Sum("exactlyN");

    /// <summary>Self-dual NP classes.</summary>
    public static readonly Counter SelfDual = Counter.Sum("selfDualClasses");

    /// <summary>Search statistics: nodes, LPs, certificates, exact re-solves, witness repairs, pair refutations.</summary>
    public static readonly Counter Nodes = Counter.Sum("stats.nodes"), Programs = Counter.Sum("stats.lps"),
        Certificates = Counter.Sum("stats.certificates"), ExactSolves = Counter.Sum("stats.exactSolves"),
        Repairs = Counter.Sum("stats.repairs"), PairRefutations = Counter.Sum("stats.pairRefutations");

    /// <summary>The name prefix of the E(N, K) counters.</summary>
    public const string BoundPrefix = "bound.";

    /// <summary>Every fixed counter of the kind (the E(N, K) family is <see cref="Bound"/>).</summary>
    public static IReadOnlyList<Counter> All { get; } =
        [Classes, Functions, Positive, ExactlyN, SelfDual, Nodes, Programs, Certificates, ExactSolves, Repairs, PairRefutations];

    /// <summary>E(N, K): functions realisable with weights bounded by K (zero-padded so keys sort by K).</summary>
    public static Counter Bound(int k) => Counter.Sum(BoundPrefix + k.ToString("D4", CultureInfo.InvariantCulture));
}
