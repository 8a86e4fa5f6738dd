using System.Numerics;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Domain.NeuronExpressivity.Canonical;

/// <summary>
/// Runs one stage-0 unit of method "canonical": every sorted completion of the unit's prefix, its keys
/// deduplicated locally, then hash-partitioned by <see cref="PackedChow.Bucket"/> into
/// <see cref="TableHash.Buckets"/> blobs written with one <see cref="IPartialStore.PutUnit"/>.
/// </summary>
public static class CanonicalMapUnit
{
    /// <summary>Runs the unit; partial: <c>map.enumerated</c> sorted vectors walked, <c>map.tables</c> keys stored.</summary>
    public static UnitOutcome Run(NeuronExpressivitySpec spec, WorkUnit unit, UnitContext context)
    {
        var family = CanonicalFamily.For(spec);
        var keys = new ChowKeySet(PackedChow.Words(spec.N));
        var collector = new CanonicalCollector(family);
        collector.Collect(SortedPrefixPlanner.ParsePrefix(unit.Payload), keys, context.Cancel);

        var buckets = new Dictionary<int, byte[]>();
        foreach (var group in Enumerable.Range(0, keys.Count).GroupBy(i => PackedChow.Bucket(keys.Key(i))))
        {
            buckets[group.Key] = KeyBlob.Encode(keys, group);
        }

        context.Store.PutUnit(context.SweepId, unit.Id, buckets);
        return new UnitOutcome.Completed(Partial.Of(
            (NeuronExpressivityCounters.MapTables, keys.Count), (NeuronExpressivityCounters.MapEnumerated, new BigInteger(collector.Vectors))));
    }
}
