using Expressivity.Domain.Sweeps;

namespace Expressivity.Domain.ThresholdCensus;

/// <summary>What one search run produced: its counters and the prefixes it left for others.</summary>
/// <param name="Partial">Counters of the leaves found (see <see cref="CensusTally"/>).</param>
/// <param name="Unexplored">Decision prefixes of the subtrees not explored (empty when finished).</param>
public sealed record SearchResult(Partial Partial, IReadOnlyList<string> Unexplored);
