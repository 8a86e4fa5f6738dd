namespace Expressivity.Domain.Sweeps;

/// <summary>
/// A named counter of a <see cref="Partial"/> with its merge rule. Each kind declares its counters in
/// one <c>&lt;Kind&gt;Counters</c> class, so the rule is stated where the counter is defined, not implied
/// by its name.
/// </summary>
/// <param name="Name">The counter's key in the partial (and in the journal).</param>
/// <param name="Rule">How two values combine.</param>
public sealed record Counter(string Name, MergeRule Rule)
{
    /// <summary>A counter whose values add.</summary>
    public static Counter Sum(string name) => new(name, MergeRule.Sum);

    /// <summary>A counter whose largest value wins.</summary>
    public static Counter Max(string name) => new(name, MergeRule.Max);

    /// <summary>A counter whose smallest value wins.</summary>
    public static Counter Min(string name) => new(name, MergeRule.Min);

    /// <summary>A bit-set counter merged by union (bitwise OR).</summary>
    public static Counter Union(string name) => new(name, MergeRule.Union);

    /// <summary>The same rule under another name (families such as <c>hist.&lt;n&gt;</c>, grid configurations).</summary>
    public Counter Renamed(string name) => this with { Name = name };

    /// <summary>Combines two values of this counter.</summary>
    public static System.Numerics.BigInteger Combine(MergeRule rule, System.Numerics.BigInteger a, System.Numerics.BigInteger b) => rule switch
    {
        MergeRule.Sum => a + b,
        MergeRule.Max => System.Numerics.BigInteger.Max(a, b),
        MergeRule.Min => System.Numerics.BigInteger.Min(a, b),
        MergeRule.Union => a | b,
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "unknown merge rule"),
    };

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Rule.ToString().ToLowerInvariant()})";
}
