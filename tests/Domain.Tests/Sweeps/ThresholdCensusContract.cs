using Expressivity.Domain.ThresholdCensus;

namespace Expressivity.Domain.Tests.Sweeps;

/// <summary>The sweep contract for <c>threshold-census</c>: a node budget small enough that search units split; a grid.</summary>
public sealed class ThresholdCensusContract : SweepKindContract<ThresholdCensusKind>
{
    /// <inheritdoc />
    protected override ThresholdCensusKind CreateKind() => new(nodeBudget: 8);

    /// <inheritdoc />
    protected override IReadOnlyList<string> SmallSpecs { get; } =
    [
        """{"kind":"threshold-census","n":4,"weightBoundLimit":3}""",
        """{"kind":"threshold-census","n":2}""",
        """{"kind":"threshold-census","grid":{"n":{"min":2,"max":3},"weightBoundLimit":[0,2]}}""",
    ];

    /// <inheritdoc />
    protected override string? ReportedAt(string path, SpecMutations.Mutation mutation) => (path, mutation) switch
    {
        // Without the grid the single form is read, and asks for n.
        ("grid", SpecMutations.Mutation.Removed) => "n",
        _ => null,
    };
}
