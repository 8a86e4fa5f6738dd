using Expressivity.Domain.Sweeps;

namespace Expressivity.Domain.NeuronExpressivity;

/// <summary>The counters of a <c>neuron-expressivity</c> sweep and how each merges.</summary>
public static class NeuronExpressivityCounters
{
    /// <summary>Reduce units: distinct functions of their bucket (buckets are disjoint, so they add).</summary>
    public static readonly Counter Distinct = Counter.Sum("distinct");

    /// <summary>Reduce units: tables or keys read before deduplication (<see cref="NeuronInvariants"/> checks it equals <see cref="MapTables"/>).</summary>
    public static readonly Counter ReduceRead = Counter.Sum("reduce.read");

    /// <summary>Canonical reduce units: distinct canonical keys of their bucket.</summary>
    public static readonly Counter Classes = Counter.Sum("classes");

    /// <summary>Map units: tables (or keys) written to the partial store.</summary>
    public static readonly Counter MapTables = Counter.Sum("map.tables");

    /// <summary>Map units: weight vectors actually walked.</summary>
    public static readonly Counter MapEnumerated = Counter.Sum("map.enumerated");

    /// <summary>Brute map units: weight vectors covered, walked or mirrored (boxes are disjoint).</summary>
    public static readonly Counter WeightVectors = Counter.Sum("weightVectors");

    /// <summary>Every counter of the kind.</summary>
    public static IReadOnlyList<Counter> All { get; } = [Distinct, ReduceRead, Classes, MapTables, MapEnumerated, WeightVectors];
}
