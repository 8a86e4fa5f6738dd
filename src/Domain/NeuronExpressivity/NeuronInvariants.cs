using System.Globalization;
using Expressivity.Domain.Sweeps;
using Expressivity.Domain.Threshold;

namespace Expressivity.Domain.NeuronExpressivity;

/// <summary>
/// What a finished neuron-expressivity total must satisfy whatever happened to the partial store or a
/// worker. Every table (or key) a map unit stored is read by exactly one reduce unit, so the reduce stage's
/// <c>reduce.read</c> equals the map stage's <c>map.tables</c> (a lost, emptied or stale partial breaks it).
/// A neuron realises threshold functions only, so the distinct count is at most T(n) (A000609, n ≤ 9) and at
/// least 1; at most the tables (brute) or keys (canonical: classes) read; the canonical method's classes (orbits) are at most the functions they
/// sum to; and where SPEC.md 1.1 gives a closed form (verified there for n ≤ 7) the count equals it.
/// </summary>
public static class NeuronInvariants
{
    /// <summary>Null when <paramref name="total"/> is consistent; else the broken invariant with both numbers.</summary>
    public static string? Check(NeuronExpressivitySpec spec, Partial total)
    {
        if (Check(total) is { } stored) return stored;
        // Totals without a reduce stage (older journals, reports read mid-migration) carry no count to judge.
        if (!total.Has(NeuronExpressivityCounters.Distinct.Name)) return null;
        var distinct = total[NeuronExpressivityCounters.Distinct];
        if (distinct < 1) return Text($"at least one function: the distinct count is {distinct}");
        if (PublicSequences.At(PublicSequences.ThresholdFunctions, spec.N) is { } t && distinct > t)
            return Text($"distinct ≤ T(n) = A000609: n = {spec.N} gave {distinct} > {t}");
        // Brute reduce units read tables (each distinct function at least once); canonical ones read keys (each class at least once).
        var counted = spec.IsCanonical ? total[NeuronExpressivityCounters.Classes] : distinct;
        if (total.Has(NeuronExpressivityCounters.ReduceRead.Name) && counted > total[NeuronExpressivityCounters.ReduceRead])
            return Text($"{(spec.IsCanonical ? "classes" : "distinct")} ≤ tables read: {counted} > {total[NeuronExpressivityCounters.ReduceRead]}");
        if (spec.IsCanonical && total[NeuronExpressivityCounters.Classes] > distinct)
            return Text($"orbit sum: {total[NeuronExpressivityCounters.Classes]} classes sum to only {distinct} functions");
        if (spec.N <= 7 && ClosedForms.For(spec) is { } closed && closed != distinct)
            return Text($"SPEC.md 1.1 closed form: n = {spec.N} gave {distinct}, the closed form is {closed}");
        return null;
    }

    /// <summary>The stored-equals-read invariant alone: null when it holds.</summary>
    public static string? Check(Partial total)
    {
        // Journals written before reduce.read existed carry no witness; they are not judged by it.
        if (!total.Has(NeuronExpressivityCounters.ReduceRead.Name)) return null;
        var stored = total[NeuronExpressivityCounters.MapTables];
        var read = total[NeuronExpressivityCounters.ReduceRead];
        return read == stored ? null : string.Create(CultureInfo.InvariantCulture,
            $"the reduce stage read {read} tables but the map stage stored {stored}: partial data was lost or damaged after it was stored");
    }

    private static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
