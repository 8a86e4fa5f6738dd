using System.Globalization;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Domain.ThresholdCircuits;

/// <summary>
/// The counters of a <c>threshold-circuit</c> sweep and how each merges. Verification units cover
/// disjoint input ranges, so inputs checked add and the first counterexample is the least one found;
/// the minimal-circuit search is one unit, its bounds merged so that they can only tighten.
/// </summary>
public static class ThresholdCircuitCounters
{
    /// <summary>Inputs on which the circuit was checked and agreed with the function.</summary>
    public static readonly Counter VerifiedInputs = Counter.Sum("verifiedInputs");

    /// <summary>The least input found on which the circuit is wrong (absent when none).</summary>
    public static readonly Counter Counterexample = Counter.Min("counterexample");

    /// <summary>Minimal search: sizes below this are refuted.</summary>
    public static readonly Counter LowerBound = Counter.Max("minimal.lowerBound");

    /// <summary>Minimal search: a verified circuit of this size exists.</summary>
    public static readonly Counter UpperBound = Counter.Min("minimal.upperBound");

    /// <summary>The name prefix of the per-size refutation counters.</summary>
    public const string RefutedPrefix = "minimal.refuted.";

    /// <summary>Every fixed counter of the kind (the refutation family is <see cref="Refuted"/>).</summary>
    public static IReadOnlyList<Counter> All { get; } = [VerifiedInputs, Counterexample, LowerBound, UpperBound];

    /// <summary>First-layer gate sets (up to symmetry) refuted for circuits of <paramref name="size"/> gates.</summary>
    public static Counter Refuted(int size) => Counter.Max(RefutedPrefix + size.ToString("D2", CultureInfo.InvariantCulture));
}
