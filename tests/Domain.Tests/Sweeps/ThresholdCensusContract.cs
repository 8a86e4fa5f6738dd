using Expressivity.Domain.ThresholdCensus;

namespace Expressivity.Domain.Tests.Sweeps;

/// <summary>The sweep contract for <c>threshold-census</c>: a node budget small enough that search units split.</summary>
public sealed class ThresholdCensusContract : SweepKindContract<ThresholdCensusKind>
{
    /// <inheritdoc />
    protected override ThresholdCensusKind CreateKind() => new(nodeBudget: 8);

    /// <inheritdoc />
    protected override IReadOnlyList<string> SmallSpecs { get; } =
    [
        """{"kind":"threshold-census","n":4,"weightBoundLimit":3}""",
        """{"kind":"threshold-census","n":2}""",
    ];
}
