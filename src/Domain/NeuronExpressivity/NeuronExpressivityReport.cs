using System.Globalization;
using System.Text.Json.Nodes;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Domain.NeuronExpressivity;

/// <summary>
/// The final report: <c>distinctFunctions</c>, the SPEC.md 1.1 closed form when one applies and
/// whether it agrees, the method that ran, the family's size (<c>weightVectors</c>) and how many of its
/// vectors were walked (<c>enumeratedVectors</c>; the rest are covered by mirroring, or, for method
/// canonical, by the orbit weights of the sorted vectors walked, whose mode and class count are added
/// as <c>canonicalMode</c> and <c>canonicalClasses</c>). Counts are decimal strings.
/// </summary>
public static class NeuronExpressivityReport
{
    /// <summary>Builds the report from the merged partial of all map and reduce units.</summary>
    public static SweepReport Build(NeuronExpressivitySpec spec, Partial total)
    {
        var distinct = total[NeuronExpressivityCounters.Distinct];
        var closed = ClosedForms.For(spec);
        bool? agrees = closed is null ? null : closed.Value == distinct;
        string S(System.Numerics.BigInteger v) => v.ToString(CultureInfo.InvariantCulture);
        // Canonical units walk sorted vectors only: the family's size is |D|^n, whatever was walked.
        var covered = spec.IsCanonical ? System.Numerics.BigInteger.Pow(spec.Weights.Count, spec.N) : total[NeuronExpressivityCounters.WeightVectors];
        var result = new JsonObject
        {
            ["distinctFunctions"] = S(distinct),
            ["closedForm"] = closed is null ? null : S(closed.Value),
            ["closedFormAgrees"] = agrees,
            ["method"] = spec.ResolvedMethod,
            ["weightVectors"] = S(covered),
            ["enumeratedVectors"] = S(total[NeuronExpressivityCounters.MapEnumerated]),
            ["storedTables"] = S(total[NeuronExpressivityCounters.MapTables]),
        };
        var rows = new List<KeyValuePair<string, string>>
        {
            new("distinct functions", S(distinct)),
            new("closed form (SPEC 1.1)", closed is null ? "none" : S(closed.Value)),
            new("closed form agrees", agrees is null ? "n/a" : agrees.Value ? "yes" : "NO"),
            new("method", spec.ResolvedMethod),
            new("weight vectors covered", S(covered)),
            new(spec.IsCanonical ? "sorted weight vectors walked (rest by orbit weights)" : "weight vectors enumerated (rest by mirroring)", S(total[NeuronExpressivityCounters.MapEnumerated])),
            new("tables stored by map units", S(total[NeuronExpressivityCounters.MapTables])),
        };
        if (spec.IsCanonical)
        {
            var mode = Canonical.CanonicalFamily.For(spec).ModeName;
            result["canonicalMode"] = mode;
            result["canonicalClasses"] = S(total[NeuronExpressivityCounters.Classes]);
            rows.Add(new("canonical mode", mode));
            rows.Add(new("canonical classes (distinct keys)", S(total[NeuronExpressivityCounters.Classes])));
        }

        return new SweepReport(result, rows);
    }
}
