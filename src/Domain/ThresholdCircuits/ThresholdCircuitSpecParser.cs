using System.Text.Json;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Domain.ThresholdCircuits;

/// <summary>
/// Reads and validates a <c>threshold-circuit</c> spec; every error names its field. The requested
/// circuit is planned here, so moduli that do not reduce, a depth budget nothing fits in and an
/// exhaustive verification too large to finish are refused before any work starts.
/// </summary>
public static class ThresholdCircuitSpecParser
{
    /// <summary>Validates a spec object; errors name the field.</summary>
    public static ThresholdCircuitSpec Parse(JsonElement element)
    {
        var root = new SpecObject(element);
        root.String("kind");
        var function = Function(root);
        var n = (int)root.Integer("n", 1, ThresholdCircuitSpec.MaxN);
        var maxDepth = (int)root.Integer("maxDepth", 3, 1, 64);
        var hasModuli = root.Has("moduli");
        var construction = root.String("construction", hasModuli ? "chain" : "best");
        if (!ThresholdCircuitSpec.Constructions.Contains(construction))
            throw new SpecException("construction", $"unknown construction \"{construction}\" (known: {string.Join(", ", ThresholdCircuitSpec.Constructions)})");
        int[]? moduli = null;
        if (hasModuli)
        {
            if (construction != "chain") throw new SpecException("moduli", "moduli are given only with construction \"chain\"");
            moduli = root.Array("moduli").Select((v, i) => (int)SpecObject.ToInteger(v, $"moduli[{i}]", 1, ThresholdCircuitSpec.MaxN)).ToArray();
        }

        var verify = root.String("verify", "exhaustive");
        if (verify is not ("exhaustive" or "none")) throw new SpecException("verify", $"unknown verification \"{verify}\" (known: exhaustive, none)");
        root.EnsureNoUnknownFields();
        var exhaustive = verify == "exhaustive";
        if (exhaustive && n > CircuitVerifier.MaxExhaustiveInputs)
            throw new SpecException("verify", $"exhaustive verification runs for n ≤ {CircuitVerifier.MaxExhaustiveInputs} (2^{n} inputs would not finish); use \"none\"");
        if (construction == "minimal" && n > ThresholdCircuitSpec.MaxMinimalN)
            throw new SpecException("n", $"the minimal-circuit search runs for n ≤ {ThresholdCircuitSpec.MaxMinimalN}");
        var spec = new ThresholdCircuitSpec(function, n, maxDepth, construction, moduli, exhaustive);
        var plan = ThresholdCircuitKind.PlanOf(spec);
        if (plan.Depth > maxDepth) throw new SpecException("maxDepth", $"the {construction} circuit has depth {plan.Depth}, above maxDepth {maxDepth}");
        return spec;
    }

    private static SymmetricFunction Function(SpecObject root)
    {
        var raw = root.Required("function");
        if (raw.ValueKind == JsonValueKind.String)
        {
            return raw.GetString() switch
            {
                "parity" => SymmetricFunction.Parity,
                "cq" => SymmetricFunction.CompleteQuadratic,
                var other => throw new SpecException("function", $"unknown function \"{other}\" (known: parity, cq, {{\"periodic\": {{\"period\": p, \"ones\": [...]}}}})"),
            };
        }

        var o = root.Object("function");
        var periodic = o.Object("periodic");
        var period = (int)periodic.Integer("period", 1, 1024);
        var ones = periodic.Array("ones").Select((v, i) => (int)SpecObject.ToInteger(v, $"function.periodic.ones[{i}]", 0, period - 1)).ToArray();
        periodic.EnsureNoUnknownFields();
        o.EnsureNoUnknownFields();
        return new SymmetricFunction("periodic", period, ones);
    }
}
