using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Domain.ThresholdCircuits;

/// <summary>
/// The result object of a threshold-circuit sweep (SPEC.md 5): <c>gates</c>, <c>depth</c>,
/// <c>maxAbsWeight</c>, <c>verifiedInputs</c> (decimal string), <c>verified</c>, the circuit itself, and
/// <c>moduli</c> for chains, <c>counterexample</c> when one was found, <c>minimal</c> bounds for the search.
/// </summary>
public static class ThresholdCircuitReport
{
    /// <summary>The report of <paramref name="circuit"/> given the merged verification counters.</summary>
    public static SweepReport Build(ThresholdCircuitSpec spec, ThresholdCircuit circuit, Partial total)
    {
        var verifiedInputs = total[ThresholdCircuitCounters.VerifiedInputs];
        var wrong = total.Has(ThresholdCircuitCounters.Counterexample.Name) ? total[ThresholdCircuitCounters.Counterexample] : (BigInteger?)null;
        var verified = spec.Exhaustive && wrong is null && verifiedInputs == BigInteger.One << spec.N;
        string Text(BigInteger v) => v.ToString(CultureInfo.InvariantCulture);
        var result = new JsonObject
        {
            ["function"] = ThresholdCircuitSpec.FunctionJson(spec.Function),
            ["n"] = spec.N,
            ["construction"] = spec.Construction,
            ["gates"] = circuit.Size,
            ["depth"] = circuit.Depth,
            ["maxAbsWeight"] = circuit.MaxAbsWeight,
            ["verifiedInputs"] = Text(verifiedInputs),
            ["verified"] = verified,
        };
        var rows = new List<KeyValuePair<string, string>>
        {
            new("function", spec.Function.Name == "periodic" ? $"periodic (period {spec.Function.Period}, ones {string.Join(",", spec.Function.Ones)})" : spec.Function.Name),
            new("n", spec.N.ToString(CultureInfo.InvariantCulture)),
            new("construction", spec.Construction),
            new("gates", circuit.Size.ToString(CultureInfo.InvariantCulture)),
            new("depth", circuit.Depth.ToString(CultureInfo.InvariantCulture)),
            new("max |weight|", circuit.MaxAbsWeight.ToString(CultureInfo.InvariantCulture)),
            new("verified inputs", Text(verifiedInputs)),
            new("verified", verified ? "yes (all 2^n inputs)" : "no"),
        };
        if (spec.Construction != "minimal")
        {
            var moduli = ThresholdCircuitKind.PlanOf(spec).Moduli;
            result["moduli"] = new JsonArray(moduli.Select(m => (JsonNode?)m).ToArray());
            rows.Add(new("moduli", moduli.Count == 0 ? "none" : string.Join(", ", moduli)));
        }

        if (wrong is { } x)
        {
            result["counterexample"] = Text(x);
            rows.Add(new("counterexample input", Text(x)));
        }

        if (spec.Construction == "minimal")
        {
            var refuted = new JsonArray();
            foreach (var (key, value) in total.Values.Where(kv => kv.Key.StartsWith(ThresholdCircuitCounters.RefutedPrefix, StringComparison.Ordinal)))
            {
                var size = int.Parse(key[ThresholdCircuitCounters.RefutedPrefix.Length..], CultureInfo.InvariantCulture);
                refuted.Add(new JsonObject { ["gates"] = size, ["hiddenSets"] = Text(value) });
                rows.Add(new($"refuted: {size} gates", $"{Text(value)} first-layer sets up to symmetry, each with an integer certificate"));
            }

            var (lower, upper) = (total[ThresholdCircuitCounters.LowerBound], total[ThresholdCircuitCounters.UpperBound]);
            result["minimal"] = new JsonObject
            {
                ["lowerBound"] = (int)lower,
                ["upperBound"] = (int)upper,
                ["exact"] = lower == upper,
                ["refuted"] = refuted,
            };
            rows.Add(new("least gates", lower == upper ? Text(lower) : $"between {lower} and {upper} (search stops there)"));
        }

        result["circuit"] = CircuitJson.Write(circuit);
        return new SweepReport(result, rows);
    }
}
