using System.Collections.Immutable;
using System.Numerics;

namespace Expressivity.Domain.Sweeps;

/// <summary>
/// The small, exact result of one or many units: named integer counters, each carrying its own
/// <see cref="MergeRule"/> (declared by the kind's <c>Counters</c> class), forming a commutative monoid
/// with <see cref="Empty"/> as identity. Completion order therefore never matters. Two partials that
/// give one counter different rules are a bug and refuse to merge. Large per-unit data (sets for
/// global dedup) goes to an <see cref="IPartialStore"/> instead.
/// </summary>
public sealed class Partial : IEquatable<Partial>
{
    /// <summary>The identity of <see cref="Merge"/>.</summary>
    public static readonly Partial Empty = new(
        ImmutableSortedDictionary<string, BigInteger>.Empty.WithComparers(StringComparer.Ordinal),
        ImmutableSortedDictionary<string, MergeRule>.Empty.WithComparers(StringComparer.Ordinal));

    private Partial(ImmutableSortedDictionary<string, BigInteger> values, ImmutableSortedDictionary<string, MergeRule> rules)
    {
        Values = values;
        Rules = rules;
    }

    /// <summary>Counter values by name, sorted by key (ordinal).</summary>
    public ImmutableSortedDictionary<string, BigInteger> Values { get; }

    /// <summary>Each counter's merge rule, same keys as <see cref="Values"/>.</summary>
    public ImmutableSortedDictionary<string, MergeRule> Rules { get; }

    /// <summary>Every counter with its value.</summary>
    public IEnumerable<(Counter Counter, BigInteger Value)> Counters =>
        Values.Select(kv => (new Counter(kv.Key, Rules[kv.Key]), kv.Value));

    /// <summary>Builds a partial from counters; a counter given twice combines by its rule.</summary>
    public static Partial Of(IEnumerable<(Counter Counter, BigInteger Value)> values)
    {
        var builder = Empty.Values.ToBuilder();
        var rules = Empty.Rules.ToBuilder();
        foreach (var (counter, value) in values) Add(builder, rules, counter, value);
        return new Partial(builder.ToImmutable(), rules.ToImmutable());
    }

    /// <summary>Builds a partial from (counter, value) pairs.</summary>
    public static Partial Of(params (Counter Counter, BigInteger Value)[] values) => Of(values.AsEnumerable());

    /// <summary>
    /// Reads counters written before rules were explicit (journal format 1): a <c>max.</c> prefix meant
    /// maximum, <c>min.</c> minimum, anything else sum. Only the journal reader uses this.
    /// </summary>
    public static Partial FromPrefixRule(IEnumerable<KeyValuePair<string, BigInteger>> values) =>
        Of(values.Select(kv => (new Counter(kv.Key, PrefixRule(kv.Key)), kv.Value)));

    /// <summary>The format-1 rule a counter name implied.</summary>
    public static MergeRule PrefixRule(string key) =>
        key.StartsWith("max.", StringComparison.Ordinal) ? MergeRule.Max
        : key.StartsWith("min.", StringComparison.Ordinal) ? MergeRule.Min
        : MergeRule.Sum;

    /// <summary>The counter's value, or zero when absent.</summary>
    public BigInteger this[string key] => Values.TryGetValue(key, out var v) ? v : BigInteger.Zero;

    /// <summary>The counter's value, or zero when absent.</summary>
    public BigInteger this[Counter counter] => this[counter.Name];

    /// <summary>True when the counter is present.</summary>
    public bool Has(string key) => Values.ContainsKey(key);

    /// <summary>Associative, commutative merge.</summary>
    public Partial Merge(Partial other)
    {
        if (other.Values.Count == 0) return this;
        if (Values.Count == 0) return other;
        var builder = Values.ToBuilder();
        var rules = Rules.ToBuilder();
        foreach (var (counter, value) in other.Counters) Add(builder, rules, counter, value);
        return new Partial(builder.ToImmutable(), rules.ToImmutable());
    }

    private static void Add(ImmutableSortedDictionary<string, BigInteger>.Builder values, ImmutableSortedDictionary<string, MergeRule>.Builder rules, Counter counter, BigInteger value)
    {
        if (counter.Rule == MergeRule.Union && value.Sign < 0)
            throw new ArgumentException($"counter {counter}: a bit set cannot be negative ({value})", nameof(value));
        if (rules.TryGetValue(counter.Name, out var rule))
        {
            if (rule != counter.Rule)
                throw new InvalidOperationException($"counter '{counter.Name}' merged as {rule} and as {counter.Rule}");
            values[counter.Name] = Counter.Combine(rule, values[counter.Name], value);
        }
        else
        {
            rules[counter.Name] = counter.Rule;
            values[counter.Name] = value;
        }
    }

    /// <inheritdoc />
    public bool Equals(Partial? other) =>
        other is not null && Values.Count == other.Values.Count
        && Values.All(kv => other.Values.TryGetValue(kv.Key, out var v) && v == kv.Value && other.Rules[kv.Key] == Rules[kv.Key]);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Partial);

    /// <inheritdoc />
    public override int GetHashCode() => Values.Aggregate(0, (h, kv) => HashCode.Combine(h, kv.Key, kv.Value));

    /// <inheritdoc />
    public override string ToString() => string.Join(", ", Values.Select(kv => $"{kv.Key}={kv.Value}"));
}
