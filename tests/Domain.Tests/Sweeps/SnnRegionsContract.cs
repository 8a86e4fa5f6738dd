using Expressivity.Domain.SnnRegions;

namespace Expressivity.Domain.Tests.Sweeps;

/// <summary>The sweep contract for <c>snn-regions</c>: each form (network, random, search, grid).</summary>
public sealed class SnnRegionsContract : SweepKindContract<SnnRegionsKind>
{
    /// <inheritdoc />
    protected override SnnRegionsKind CreateKind() => new();

    /// <inheritdoc />
    protected override IReadOnlyList<string> SmallSpecs { get; } =
    [
        """{"kind":"snn-regions","box":{"min":-2,"max":2},"network":{"inputs":2,"layers":[[{"weights":[1,-0.5],"delays":[0,0.25],"threshold":0.5}],[{"weights":[1],"threshold":1}]]}}""",
        """{"kind":"snn-regions","box":{"min":-1,"max":1},"random":{"inputs":2,"layers":[2],"signs":"mixed","seed":5,"count":10}}""",
        """{"kind":"snn-regions","box":{"min":-1,"max":1},"search":{"inputs":2,"layers":[1],"seed":3,"restarts":3,"steps":2}}""",
        """{"kind":"snn-regions","grid":{"inputs":[1,2],"layers":[[1]],"boxes":[1],"signs":"positive","mode":"random","count":9,"seed":2}}""",
    ];

    /// <inheritdoc />
    protected override string? ReportedAt(string path, SpecMutations.Mutation mutation) => (path, mutation) switch
    {
        // Forms are alternatives: without one, the first form (or, without the grid, the box) is asked for.
        ("random" or "search", SpecMutations.Mutation.Removed) => "network",
        ("grid", SpecMutations.Mutation.Removed) => "box",
        _ => null,
    };
}
