using Expressivity.Domain.Autoencoders;

namespace Expressivity.Domain.Tests.Sweeps;

/// <summary>The sweep contract for <c>autoencoder-search</c>: few samples per unit and small walks cut into several units.</summary>
public sealed class AutoencoderSearchContract : SweepKindContract<AutoencoderSearchKind>
{
    /// <inheritdoc />
    protected override AutoencoderSearchKind CreateKind() => new(maxUnits: 5, samplesPerUnit: 3);

    /// <inheritdoc />
    protected override string? ReportedAt(string path, SpecMutations.Mutation mutation) => (path, mutation) switch
    {
        // Without the set, the spec is the all-sets form, which asks for its code size.
        ("set", SpecMutations.Mutation.Removed) => "codeBits",
        ("construction", SpecMutations.Mutation.Removed) => "codeBits",
        _ => null,
    };

    /// <inheritdoc />
    protected override IReadOnlyList<string> SmallSpecs { get; } =
    [
        """{"kind":"autoencoder-search","codeBits":2,"vectorBits":4,"question":"one-layer"}""",
        """{"kind":"autoencoder-search","codeBits":2,"vectorBits":4,"question":"min-width"}""",
        """{"kind":"autoencoder-search","codeBits":2,"vectorBits":5,"question":"one-layer","sample":{"sets":7,"seed":3}}""",
        """{"kind":"autoencoder-search","set":["000","110","101","011"]}""",
        """{"kind":"autoencoder-search","construction":"theorem5","vectors":12,"vectorBits":5,"sample":{"sets":7,"seed":3}}""",
        """{"kind":"autoencoder-search","construction":"approximate","vectors":12,"vectorBits":6,"sample":{"sets":7,"seed":3}}""",
    ];
}
