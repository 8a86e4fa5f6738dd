using Expressivity.Domain.Numerics;

namespace Expressivity.Domain.SnnRegions.Relu;

/// <summary>
/// Seed 001's explicit small constructions, with the ReLU networks they are compared with. Inputs fire at
/// x_i, the auxiliary input (last) at 0.
/// </summary>
public static class SeedConstructions
{
    /// <summary>
    /// Theorem 2: a two-layer SNN realizing ReLU on [a, b]. Layer 1: M (weights −1 on x, 2 on the auxiliary
    /// input, θ1) fires at θ1 − x, because θ1 &gt; 2b keeps x from ever firing it early; C (weight 1 on the
    /// auxiliary input, θ1/2) fires at θ1/2. Layer 2: N (−1 on M, 2 on C, θ1) fires at θ1 when M's spike
    /// arrives after θ1 (x ≤ 0) and at 2θ1 − t_M = θ1 + x before (x &gt; 0): R = t_N − θ1 = max(0, x).
    /// A negative weight is essential: with positive weights every firing time is concave (SPEC.md 2.2).
    /// </summary>
    public static SnnEmulation Theorem2(BigRational a, BigRational b)
    {
        if (a >= b) throw new ArgumentException("the domain needs a < b");
        var theta = (2 * BigRational.Max(b, BigRational.Zero)) + 2;
        var zero = BigRational.Zero;
        SpikingNeuron m = new([-1, 2], [zero, zero], theta);
        SpikingNeuron c = new([zero, 1], [zero, zero], theta / 2);
        SpikingNeuron n = new([-1, 2], [zero, zero], theta);
        return new SnnEmulation(new SpikingNetwork(2, [[m, c], [n]]), theta, 2);
    }

    /// <summary>max(0, x) as a ReLU network: one hidden unit, weight 1, output weight 1.</summary>
    public static ReluNetwork Relu() =>
        new(1, [new ReluLayer([[1]], [0]), new ReluLayer([[1]], [0])]);

    /// <summary>
    /// Example 1: one spiking neuron with weights (1, 1), threshold θ and no delays, on two inputs (no
    /// auxiliary input: the encoding alone), read at T_out = θ: R(x) = min(x1, x2, (x1 + x2 − θ)/2). One input
    /// alone fires it (at min(x) + θ) when |x1 − x2| ≥ θ, both together (at (x1 + x2 + θ)/2) otherwise.
    /// </summary>
    public static SnnEmulation Example1(BigRational theta)
    {
        var zero = BigRational.Zero;
        return new SnnEmulation(SpikingNetwork.OneLayer(new SpikingNeuron([1, 1], [zero, zero], theta)), theta, 1, Auxiliary: false);
    }

    /// <summary>
    /// Example 1's function as a ReLU network on [a, b]²: ½σ(x1 + x2 + K) − ½σ(x1 − x2 − θ) − ½σ(x2 − x1 − θ) − (θ + K)/2
    /// with K = max(0, −2a), so the first unit is affine on the box: one hidden layer of three units and an
    /// output unit, four in all, as the seed says it needs (two parallel break lines, and a middle piece whose
    /// gradient (½, ½) is not along their normal).
    /// </summary>
    public static ReluNetwork Example1Relu(BigRational theta, BigRational a)
    {
        var half = BigRational.Create(1, 2);
        var k = BigRational.Max(BigRational.Zero, -2 * a);
        return new ReluNetwork(2, [
            new ReluLayer([[1, 1], [1, -1], [-1, 1]], [k, -theta, -theta]),
            new ReluLayer([[half, -half, -half]], [-(theta + k) / 2]),
        ]);
    }
}
