using System.Text.Json.Nodes;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Domain.ThresholdCircuits;

/// <summary>
/// A threshold-circuit sweep (SPEC.md sections 3 and 5):
/// <c>{ "kind": "threshold-circuit", "function": "parity", "n": 30, "maxDepth": 3, "construction": "best", "verify": "exhaustive" }</c>.
/// </summary>
/// <param name="Function">The symmetric target.</param>
/// <param name="N">Inputs, 1..<see cref="MaxN"/>.</param>
/// <param name="MaxDepth">Depth budget (default 3).</param>
/// <param name="Construction">best, depth2-alternating, depth2-halving, chain or minimal (default best).</param>
/// <param name="Moduli">The chain's moduli when given (construction chain only).</param>
/// <param name="Exhaustive">Verify on all 2^n inputs (default) rather than not at all.</param>
public sealed record ThresholdCircuitSpec(
    SymmetricFunction Function, int N, int MaxDepth, string Construction, IReadOnlyList<int>? Moduli, bool Exhaustive) : ISweepSpec
{
    /// <summary>Largest n built.</summary>
    public const int MaxN = 1000;

    /// <summary>Largest n of the exact least-gate search.</summary>
    public const int MaxMinimalN = 8;

    /// <summary>The constructions, as spelled in spec files.</summary>
    public static readonly string[] Constructions = ["best", "depth2-alternating", "depth2-halving", "chain", "minimal"];

    /// <inheritdoc />
    public string Kind => ThresholdCircuitKind.KindName;

    /// <inheritdoc />
    public JsonObject ToNormalJson()
    {
        var o = new JsonObject
        {
            ["kind"] = Kind,
            ["function"] = FunctionJson(Function),
            ["n"] = N,
            ["maxDepth"] = MaxDepth,
            ["construction"] = Construction,
        };
        if (Moduli is not null) o["moduli"] = new JsonArray(Moduli.Select(m => (JsonNode?)m).ToArray());
        o["verify"] = Exhaustive ? "exhaustive" : "none";
        return o;
    }

    /// <summary>The function as written in spec files.</summary>
    public static JsonNode FunctionJson(SymmetricFunction f) => f.Name is "parity" or "cq"
        ? JsonValue.Create(f.Name)
        : new JsonObject
        {
            ["periodic"] = new JsonObject
            {
                ["period"] = f.Period,
                ["ones"] = new JsonArray(f.Ones.Select(r => (JsonNode?)r).ToArray()),
            },
        };
}
