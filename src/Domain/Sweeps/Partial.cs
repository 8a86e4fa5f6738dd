using System.Collections.Immutable;
using System.Numerics;

namespace Expressivity.Domain.Sweeps;

/// <summary>
/// The small, exact result of one or many units: named integer counters forming a commutative monoid.
/// Keys starting with <c>max.</c> merge by maximum, keys starting with <c>min.</c> by minimum, all
/// others by sum; <see cref="Empty"/> is the identity. Completion order therefore never matters.
/// Large per-unit data (sets for global dedup) goes to an <see cref="IPartialStore"/> instead.
/// </summary>
public sealed class Partial : IEquatable<Partial>
{
    /// <summary>The identity of <see cref="Merge"/>.</summary>
    public static readonly Partial Empty = new(ImmutableSortedDictionary<string, BigInteger>.Empty);

    private Partial(ImmutableSortedDictionary<string, BigInteger> values) => Values = values;

    /// <summary>Counters by name, sorted by key (ordinal).</summary>
    public ImmutableSortedDictionary<string, BigInteger> Values { get; }

    /// <summary>Builds a partial from counters.</summary>
    public static Partial Of(IEnumerable<KeyValuePair<string, BigInteger>> values)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, BigInteger>(StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            builder[key] = builder.TryGetValue(key, out var existing) ? Combine(key, existing, value) : value;
        }

        return new Partial(builder.ToImmutable());
    }

    /// <summary>Builds a partial from (name, value) pairs.</summary>
    public static Partial Of(params (string Key, BigInteger Value)[] values) =>
        Of(values.Select(v => KeyValuePair.Create(v.Key, v.Value)));

    /// <summary>The counter's value, or zero when absent.</summary>
    public BigInteger this[string key] => Values.TryGetValue(key, out var v) ? v : BigInteger.Zero;

    /// <summary>True when the counter is present.</summary>
    public bool Has(string key) => Values.ContainsKey(key);

    /// <summary>Associative, commutative merge.</summary>
    public Partial Merge(Partial other)
    {
        if (other.Values.Count == 0) return this;
        if (Values.Count == 0) return other;
        var builder = Values.ToBuilder();
        foreach (var (key, value) in other.Values)
        {
            builder[key] = builder.TryGetValue(key, out var existing) ? Combine(key, existing, value) : value;
        }

        return new Partial(builder.ToImmutable());
    }

    private static BigInteger Combine(string key, BigInteger a, BigInteger b) =>
        key.StartsWith("max.", StringComparison.Ordinal) ? BigInteger.Max(a, b)
        : key.StartsWith("min.", StringComparison.Ordinal) ? BigInteger.Min(a, b)
        : a + b;

    /// <inheritdoc />
    public bool Equals(Partial? other) =>
        other is not null && Values.Count == other.Values.Count
        && Values.All(kv => other.Values.TryGetValue(kv.Key, out var v) && v == kv.Value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Partial);

    /// <inheritdoc />
    public override int GetHashCode() => Values.Aggregate(0, (h, kv) => HashCode.Combine(h, kv.Key, kv.Value));

    /// <inheritdoc />
    public override string ToString() => string.Join(", ", Values.Select(kv => $"{kv.Key}={kv.Value}"));
}
