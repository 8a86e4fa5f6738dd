namespace Expressivity.Domain.Sweeps;

/// <summary>
/// How two values of one counter combine when partials merge. Every rule is associative and
/// commutative with an identity (the counter being absent), so completion order never matters.
/// </summary>
public enum MergeRule
{
    /// <summary>Values add: counts, totals, histogram bins.</summary>
    Sum,

    /// <summary>The larger value wins: "any unit saw it" flags, best-so-far packings.</summary>
    Max,

    /// <summary>The smaller value wins.</summary>
    Min,

    /// <summary>Bitwise OR of non-negative values read as bit sets: the union of the sets.</summary>
    Union,
}
