using Expressivity.Domain.ThresholdCircuits;

namespace Expressivity.Domain.Tests.Sweeps;

/// <summary>The sweep contract for <c>threshold-circuit</c>: units of 2^8 inputs so verification splits.</summary>
public sealed class ThresholdCircuitContract : SweepKindContract<ThresholdCircuitKind>
{
    /// <inheritdoc />
    protected override ThresholdCircuitKind CreateKind() => new(unitLog2Inputs: 8);

    /// <inheritdoc />
    protected override IReadOnlyList<string> SmallSpecs { get; } =
    [
        """{"kind":"threshold-circuit","function":"parity","n":10,"maxDepth":3,"construction":"best","verify":"exhaustive"}""",
        """{"kind":"threshold-circuit","function":"cq","n":9,"construction":"chain","moduli":[8,4]}""",
        """{"kind":"threshold-circuit","function":{"periodic":{"period":3,"ones":[0]}},"n":7,"maxDepth":2,"construction":"depth2-alternating","verify":"none"}""",
        """{"kind":"threshold-circuit","function":"parity","n":3,"maxDepth":2,"construction":"minimal"}""",
    ];
}
