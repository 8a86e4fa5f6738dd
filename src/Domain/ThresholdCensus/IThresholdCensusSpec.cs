using Expressivity.Domain.Sweeps;

namespace Expressivity.Domain.ThresholdCensus;

/// <summary>A threshold-census spec: one N (<see cref="ThresholdCensusSpec"/>) or a grid of them (<see cref="ThresholdCensusGridSpec"/>).</summary>
public interface IThresholdCensusSpec : ISweepSpec;
