namespace Expressivity.Domain.Sweeps;

/// <summary>An invalid sweep spec or argument; <see cref="Field"/> names the offending field (dotted path).</summary>
public sealed class SpecException(string field, string problem)
    : Exception($"invalid spec: field '{field}': {problem}")
{
    /// <summary>Dotted path of the offending field, e.g. <c>weights.min</c>; <c>$</c> for the whole file.</summary>
    public string Field { get; } = field;

    /// <summary>What is wrong with it.</summary>
    public string Problem { get; } = problem;
}
