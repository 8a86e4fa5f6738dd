using Expressivity.Domain.Sweeps;

namespace Expressivity.Domain.NeuronExpressivity;

/// <summary>
/// Stage 1: one unit per bucket. A table lands in the same bucket whichever map unit found it, so the
/// union of one bucket's blobs, counted, is that bucket's exact share of the distinct functions; the
/// buckets are disjoint, so the sweep total is the sum over buckets.
/// </summary>
public static class ReduceUnit
{
    /// <summary>The reduce units, one per bucket, ids "reduce/b", payload b.</summary>
    public static IReadOnlyList<WorkUnit> Plan() =>
        Enumerable.Range(0, TableHash.Buckets).Select(b => new WorkUnit($"reduce/{b}", 1, b.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();

    /// <summary>
    /// Reads every blob of the bucket, sorts the union and counts distinct tables; <c>reduce.read</c> is
    /// the tables read before deduplication, checked against what the map stage stored.
    /// </summary>
    public static Partial Run(WorkUnit unit, UnitContext context)
    {
        var bucket = int.Parse(unit.Payload, System.Globalization.CultureInfo.InvariantCulture);
        var all = new List<UInt128>();
        foreach (var blob in context.Store.ReadBucket(context.SweepId, bucket))
        {
            context.Cancel.ThrowIfCancellationRequested();
            TableBlob.Decode(blob, all);
        }

        var read = all.Count;
        all.Sort();
        long distinct = 0;
        for (var i = 0; i < all.Count; i++)
        {
            if (i == 0 || all[i] != all[i - 1]) distinct++;
        }

        return Partial.Of((NeuronExpressivityCounters.Distinct, distinct), (NeuronExpressivityCounters.ReduceRead, read));
    }
}
