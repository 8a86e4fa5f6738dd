using System.Numerics;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Domain.NeuronExpressivity;

/// <summary>
/// Runs one map unit: every weight vector of its box (odometer order, dot products updated
/// incrementally), every distinct table per vector from <see cref="ThresholdTables"/>, dedup in a
/// <see cref="TableSet"/>, then the unit's tables hash-partitioned into <see cref="TableHash.Buckets"/>
/// blobs written with one <see cref="IPartialStore.PutUnit"/>.
/// </summary>
/// <remarks>
/// Ownership rule (when 0 is a weight value): a vector keeps only tables that depend on every input
/// whose weight is nonzero. A table that ignores input i is also produced by the same vector with
/// w_i = 0 and the same t (shown in docs/design/distinct-counting.md), so it is counted there; this
/// drops nothing from the union and stores most tables exactly once.
/// </remarks>
public static class MapUnit
{
    /// <summary>
    /// Distinct tables one unit may hold before it gives up and splits in two (2^23: at most about
    /// 256 MB of hash slots). Never reached at n ≤ 6, where a unit holds a few hundred thousand; it
    /// keeps wide n = 7 families from exhausting a worker's memory.
    /// </summary>
    public const long MaxTablesPerUnit = 1L << 23;

    private const int CancelCheckInterval = 4096;

    /// <summary>
    /// Runs the unit: Completed with <c>map.tables</c> stored, <c>weightVectors</c> covered and
    /// <c>map.enumerated</c> actually walked (half of those covered when mirroring), or,
    /// when its tables outgrow <paramref name="maxTables"/>, Split into two halves (ids "/0", "/1")
    /// having stored nothing.
    /// </summary>
    public static UnitOutcome Run(NeuronExpressivitySpec spec, WorkUnit unit, UnitContext context, long maxTables = MaxTablesPerUnit)
    {
        var box = WeightBox.Parse(unit.Payload, spec.N);
        var tables = Collect(spec, box, context.Cancel, out var vectors, maxTables);
        // A mirroring unit also covers the negated box (see NeuronExpressivitySpec.MirrorsNegation).
        var covered = vectors * (Mirrors(spec, box) ? 2 : 1);
        if (tables is null)
        {
            var (first, second) = MapPlanner.Halve(box);
            return new UnitOutcome.Split(Partial.Empty,
                [new WorkUnit($"{unit.Id}/0", unit.Stage, first.ToPayload()), new WorkUnit($"{unit.Id}/1", unit.Stage, second.ToPayload())]);
        }

        var buckets = new Dictionary<int, byte[]>();
        foreach (var group in tables.Items().GroupBy(TableHash.Bucket))
        {
            buckets[group.Key] = TableBlob.Encode(group);
        }

        context.Store.PutUnit(context.SweepId, unit.Id, buckets);
        return new UnitOutcome.Completed(Partial.Of((NeuronExpressivityCounters.MapTables, tables.Count), (NeuronExpressivityCounters.WeightVectors, new BigInteger(covered)), (NeuronExpressivityCounters.MapEnumerated, new BigInteger(vectors))));
    }

    /// <summary>
    /// The distinct tables one box contributes (after the ownership rule; with their complements when the
    /// box <see cref="Mirrors"/> its negation), or null as soon as more
    /// than <paramref name="maxTables"/> accumulate in a box of more than one vector. The box must lie
    /// in one sign pattern, as every box of <see cref="MapPlanner"/> does.
    /// </summary>
    public static TableSet? Collect(NeuronExpressivitySpec spec, WeightBox box, CancellationToken cancel, out long vectors, long maxTables = long.MaxValue)
    {
        cancel.ThrowIfCancellationRequested();
        var n = spec.N;
        var domain = spec.Weights;
        var inputs = spec.Inputs;
        var index = new long[n];
        var w = new long[n];
        for (var i = 0; i < n; i++)
        {
            index[i] = box.Low(i);
            w[i] = domain.ValueAt(index[i]);
        }

        var dots = new long[spec.Points];
        DotProducts.Fill(w, inputs, dots);
        var found = new UInt128[spec.Points + 1];
        for (var i = 0; i < n; i++)
        {
            if (Math.Sign(w[i]) != Math.Sign(domain.ValueAt(box.High(i))))
                throw new ArgumentException($"coordinate {i} of the box spans more than one sign", nameof(box));
        }

        var required = RequiredDependencies(spec, w);
        var splittable = box.Count > 1;
        var set = new TableSet();
        var (low, high) = (spec.Threshold.Low, spec.Threshold.High);
        vectors = 0;
        while (true)
        {
            var k = ThresholdTables.Compute(dots, low, high, found);
            set.AddRange(found.AsSpan(0, k));
            if (set.Count > maxTables && splittable) return null;

            if (++vectors % CancelCheckInterval == 0) cancel.ThrowIfCancellationRequested();

            // Odometer, coordinate 0 fastest; each changed weight updates the dot products in place.
            var c = 0;
            for (; c < n; c++)
            {
                var old = w[c];
                var done = index[c] < box.High(c);
                index[c] = done ? index[c] + 1 : box.Low(c);
                w[c] = domain.ValueAt(index[c]);
                DotProducts.AddToWeight(c, w[c] - old, inputs, dots);
                if (done) break;
            }

            if (c == n) break;
        }

        // The ownership rule is applied once per distinct table rather than once per emitted table:
        // the same set, billions of checks fewer.
        var owned = set;
        if (required.Length > 0)
        {
            owned = new TableSet(set.Count);
            foreach (var table in set.Items())
            {
                if (DependsOnAll(table, required)) owned.Add(table);
            }
        }

        if (!Mirrors(spec, box)) return owned;
        var all = spec.N == 7 ? UInt128.MaxValue : (UInt128.One << spec.Points) - 1;
        foreach (var table in owned.Items().ToList()) owned.Add(all ^ table);
        return owned;
    }

    /// <summary>True when this box also stands for its negation: a mirroring spec and a box that is not the zero vector.</summary>
    public static bool Mirrors(NeuronExpressivitySpec spec, WeightBox box)
    {
        if (!spec.MirrorsNegation) return false;
        for (var i = 0; i < box.Dimensions; i++)
        {
            if (spec.Weights.ValueAt(box.Low(i)) != 0) return true;
        }

        return false;
    }

    /// <summary>
    /// For each input i whose weight is nonzero in this box (constant across a box, which lies in one
    /// sign pattern): the mask of points with bit i clear and the stride 2^i. Empty when 0 is not a
    /// weight value, because then the ownership rule has no zero-weight vector to defer to.
    /// </summary>
    private static (UInt128 Mask, int Stride)[] RequiredDependencies(NeuronExpressivitySpec spec, long[] w)
    {
        if (!spec.Weights.ContainsZero) return [];
        var required = new List<(UInt128, int)>();
        for (var i = 0; i < spec.N; i++)
        {
            if (w[i] == 0) continue;
            UInt128 mask = UInt128.Zero;
            for (var x = 0; x < spec.Points; x++)
            {
                if ((x & (1 << i)) == 0) mask |= UInt128.One << x;
            }

            required.Add((mask, 1 << i));
        }

        return required.ToArray();
    }

    /// <summary>True when flipping each required input changes the table at some point.</summary>
    private static bool DependsOnAll(UInt128 table, (UInt128 Mask, int Stride)[] required)
    {
        foreach (var (mask, stride) in required)
        {
            // Bit x of (table >> 2^i) is f(x with input i set); at points with bit i clear compare it with f(x).
            if ((((table >> stride) ^ table) & mask) == UInt128.Zero) return false;
        }

        return true;
    }
}
