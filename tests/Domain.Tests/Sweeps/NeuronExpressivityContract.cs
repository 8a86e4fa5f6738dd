using Expressivity.Domain.NeuronExpressivity;

namespace Expressivity.Domain.Tests.Sweeps;

/// <summary>The sweep contract for <c>neuron-expressivity</c>: brute force (with run-time splits) and canonical.</summary>
public sealed class NeuronExpressivityContract : SweepKindContract<NeuronExpressivityKind>
{
    /// <inheritdoc />
    protected override NeuronExpressivityKind CreateKind() => new(maxTablesPerUnit: 6, canonicalWorkPerUnit: 4);

    /// <inheritdoc />
    protected override IReadOnlyList<string> SmallSpecs { get; } =
    [
        """{"kind":"neuron-expressivity","n":3,"inputs":"bipolar","weights":{"min":-2,"max":2},"threshold":"any","method":"brute"}""",
        """{"kind":"neuron-expressivity","n":3,"weights":{"set":[-1,0,2]},"threshold":{"min":-1,"max":2}}""",
        """{"kind":"neuron-expressivity","n":4,"inputs":"binary","weights":{"set":[0,1,3]},"threshold":{"value":1},"method":"canonical"}""",
    ];

    /// <inheritdoc />
    protected override string? ReportedAt(string path, SpecMutations.Mutation mutation) => (path, mutation) switch
    {
        // "set" and "min"/"max" (and "value" and "min"/"max") are alternatives: without one, the other is asked for.
        ("weights.set", SpecMutations.Mutation.Removed) => "weights.min",
        ("threshold.value", SpecMutations.Mutation.Removed) => "threshold.min",
        _ => null,
    };
}
