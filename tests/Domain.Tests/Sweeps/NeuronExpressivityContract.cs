using Expressivity.Domain.NeuronExpressivity;

namespace Expressivity.Domain.Tests.Sweeps;

/// <summary>The sweep contract for <c>neuron-expressivity</c>: brute force (with run-time splits), canonical and a grid.</summary>
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
        """{"kind":"neuron-expressivity","grid":{"n":[2,3],"weightBounds":[1],"weights":[{"set":[0,1]}],"inputs":["binary"],"threshold":"any","method":"brute"}}""",
    ];

    /// <inheritdoc />
    protected override string? ReportedAt(string path, SpecMutations.Mutation mutation) => (path, mutation) switch
    {
        // "set" and "min"/"max" (and "value" and "min"/"max") are alternatives: without one, the other is asked for.
        ("weights.set", SpecMutations.Mutation.Removed) => "weights.min",
        ("grid.weights[0].set", SpecMutations.Mutation.Removed) => "grid.weights[0].min",
        ("threshold.value", SpecMutations.Mutation.Removed) => "threshold.min",
        // Without the grid the single form is read, and asks for n first.
        ("grid", SpecMutations.Mutation.Removed) => "n",
        _ => null,
    };
}
