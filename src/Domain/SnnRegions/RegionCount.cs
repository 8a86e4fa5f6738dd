namespace Expressivity.Domain.SnnRegions;

/// <summary>
/// The outcome of an exact region enumeration (or of one unit's share of it).
/// </summary>
/// <param name="Regions">Patterns (tuple of causal sets of all neurons) whose region has non-empty interior in the box.</param>
/// <param name="SilentRegions">Those regions in which at least one neuron never fires.</param>
/// <param name="Jump">A witnessed discontinuity of some firing time, or null when none was found (none exists with non-negative weights).</param>
/// <param name="FastAnswers">Feasibility problems settled by an exactly checked double proposal.</param>
/// <param name="ExactAnswers">Feasibility problems settled by the exact rational simplex.</param>
/// <param name="Tuples">The patterns found, when recording was asked for (else empty).</param>
public sealed record RegionCount(
    long Regions,
    long SilentRegions,
    Discontinuity? Jump,
    long FastAnswers,
    long ExactAnswers,
    IReadOnlyList<CausalPattern[]> Tuples);
