namespace Expressivity.Domain.NeuronExpressivity;

/// <summary>
/// How a truth-table index x is fed to the neuron. Bit i of x always drives input i (SPEC.md conventions).
/// </summary>
public enum InputEncoding
{
    /// <summary>Inputs in {0,1}: bit i of x = 1 means input i is 1, bit i = 0 means input i is 0.</summary>
    Binary,

    /// <summary>Inputs in {-1,+1}: bit i of x = 1 means input i is +1, bit i = 0 means input i is -1.</summary>
    Bipolar,
}
