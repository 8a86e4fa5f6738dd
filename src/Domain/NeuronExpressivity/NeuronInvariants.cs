using System.Globalization;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Domain.NeuronExpressivity;

/// <summary>
/// What a finished neuron-expressivity total must satisfy whatever happened to the partial store: every
/// table (or key) a map unit stored is read by exactly one reduce unit, so the reduce stage's
/// <c>reduce.read</c> equals the map stage's <c>map.tables</c>. A lost, emptied or stale partial breaks
/// the equality, which is how a wrong count is refused rather than reported.
/// </summary>
public static class NeuronInvariants
{
    /// <summary>Null when <paramref name="total"/> is consistent; else the broken invariant with both numbers.</summary>
    public static string? Check(Partial total)
    {
        // Journals written before reduce.read existed carry no witness; they are not judged by it.
        if (!total.Has(NeuronExpressivityCounters.ReduceRead.Name)) return null;
        var stored = total[NeuronExpressivityCounters.MapTables];
        var read = total[NeuronExpressivityCounters.ReduceRead];
        return read == stored ? null : string.Create(CultureInfo.InvariantCulture,
            $"the reduce stage read {read} tables but the map stage stored {stored}: partial data was lost or damaged after it was stored");
    }
}
