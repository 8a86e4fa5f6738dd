using Expressivity.Domain.Sweeps;

namespace Expressivity.Domain.NeuronExpressivity;

/// <summary>A neuron-expressivity spec: one family (<see cref="NeuronExpressivitySpec"/>) or a grid of them (<see cref="NeuronExpressivityGridSpec"/>).</summary>
public interface INeuronExpressivitySpec : ISweepSpec;
