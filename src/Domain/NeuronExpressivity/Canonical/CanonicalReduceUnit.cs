using Expressivity.Domain.Sweeps;

namespace Expressivity.Domain.NeuronExpressivity.Canonical;

/// <summary>
/// Stage 1 of method "canonical", one unit per bucket (the same ids as the brute force's,
/// "reduce/b"). A key lands in the same bucket whichever unit found it, so the union of one bucket's
/// blobs holds every class of that bucket exactly once, with the largest free count any realisation
/// gave; the unit sums <see cref="OrbitWeight"/> over them.
/// </summary>
public static class CanonicalReduceUnit
{
    /// <summary>
    /// Partial: <c>distinct</c> functions and <c>classes</c> (distinct keys) of the bucket, and
    /// <c>reduce.read</c>, the keys read before deduplication (checked against <c>map.tables</c>).
    /// </summary>
    public static Partial Run(NeuronExpressivitySpec spec, WorkUnit unit, UnitContext context)
    {
        var family = CanonicalFamily.For(spec);
        var bucket = int.Parse(unit.Payload, System.Globalization.CultureInfo.InvariantCulture);
        var keys = new ChowKeySet(PackedChow.Words(spec.N));
        long read = 0;
        foreach (var blob in context.Store.ReadBucket(context.SweepId, bucket))
        {
            context.Cancel.ThrowIfCancellationRequested();
            read += KeyBlob.Decode(blob, keys);
        }

        var weight = new OrbitWeight(spec.N, family.Orbits);
        System.Numerics.BigInteger distinct = 0;
        for (var i = 0; i < keys.Count; i++) distinct += weight.Of(keys.Key(i), keys.Value(i));
        return Partial.Of((NeuronExpressivityCounters.Distinct, distinct), (NeuronExpressivityCounters.Classes, keys.Count), (NeuronExpressivityCounters.ReduceRead, read));
    }
}
