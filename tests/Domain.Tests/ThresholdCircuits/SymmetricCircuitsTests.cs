using System.Numerics;
using Expressivity.Domain.Kernels;
using Expressivity.Domain.Sweeps;
using Expressivity.Domain.ThresholdCircuits;
using Xunit;

namespace Expressivity.Domain.Tests.ThresholdCircuits;

public class SymmetricCircuitsTests
{
    private static readonly SymmetricFunction[] Functions =
    [
        SymmetricFunction.Parity,
        SymmetricFunction.CompleteQuadratic,
        new("periodic", 3, [0]),
        new("periodic", 5, [1, 3]),
    ];

    [Theory]
    [InlineData(4, 3)]
    [InlineData(8, 4)]
    [InlineData(12, 5)]
    [InlineData(16, 5)]
    public void Best_parity_chain_within_depth_3_has_the_spec_gate_counts(int n, int gates)
    {
        var circuit = SymmetricCircuits.Best(SymmetricFunction.Parity, n, 3);
        Assert.Equal(gates, circuit.Size);
        Assert.True(circuit.Depth <= 3);
        Assert.Null(CircuitVerifier.FindCounterexample(circuit, SymmetricFunction.Parity, 1));
    }

    [Fact]
    public void Depth_two_constructions_have_their_textbook_sizes()
    {
        for (var n = 1; n <= 20; n++)
        {
            Assert.Equal(n + 1, SymmetricCircuits.Alternating(SymmetricFunction.Parity, n).Size);
            Assert.Equal(n / 2 + 1, SymmetricCircuits.Halving(SymmetricFunction.Parity, n).Size);
            Assert.Equal(n == 1 ? 1 : 2, SymmetricCircuits.Halving(SymmetricFunction.Parity, n).Depth);
        }
    }

    [Fact]
    public void Every_built_circuit_is_verified_on_all_inputs_up_to_n_20()
    {
        foreach (var f in Functions)
        {
            for (var n = 1; n <= 20; n++)
            {
                var circuits = new List<ThresholdCircuit> { SymmetricCircuits.Alternating(f, n) };
                if (f.ThresholdOn(Math.Min(n, f.Period - 1)) is not null) circuits.Add(SymmetricCircuits.Halving(f, n));
                for (var depth = 2; depth <= 6; depth++)
                {
                    var plan = ChainPlanner.Best(f, n, depth);
                    Assert.NotNull(plan);
                    var best = SymmetricCircuits.Build(f, n, plan);
                    Assert.Equal(plan.Gates(f, n), best.Size);
                    Assert.True(best.Depth <= depth);
                    circuits.Add(best);
                }

                // Best plans at several depths often coincide; verify each distinct circuit once.
                foreach (var c in circuits.DistinctBy(c => CircuitJson.Write(c).ToJsonString()))
                {
                    Assert.Null(CircuitVerifier.FindCounterexample(c, f, 2));
                    if (n <= 8)
                    {
                        for (var x = 0UL; x < 1UL << n; x++) Assert.Equal(f.Value(BitOperations.PopCount(x)), CircuitReference.Evaluate(c, x));
                    }
                }
            }
        }
    }

    [Fact]
    public void Best_never_uses_more_gates_with_more_depth()
    {
        foreach (var f in Functions)
        {
            for (var n = 2; n <= 200; n += 7)
            {
                var sizes = Enumerable.Range(2, 5).Select(d => ChainPlanner.Best(f, n, d)!.Gates(f, n)).ToArray();
                for (var d = 1; d < sizes.Length; d++) Assert.True(sizes[d] <= sizes[d - 1]);
                Assert.True(sizes[0] <= SymmetricCircuits.Alternating(f, n).Size);
            }
        }
    }

    [Fact]
    public void Chain_with_given_moduli_counts_gates_by_the_formula()
    {
        var circuit = SymmetricCircuits.Chain(SymmetricFunction.Parity, 19, [8, 4, 2]);
        Assert.Equal(19 / 8 + 7 / 4 + 3 / 2 + 1, circuit.Size);
        Assert.Equal(4, circuit.Depth);
        Assert.Null(CircuitVerifier.FindCounterexample(circuit, SymmetricFunction.Parity, 2));
        var cq = SymmetricCircuits.Chain(SymmetricFunction.CompleteQuadratic, 20, [8, 4]);
        Assert.Equal(20 / 8 + 7 / 4 + 1, cq.Size);
        Assert.Null(CircuitVerifier.FindCounterexample(cq, SymmetricFunction.CompleteQuadratic, 2));
    }

    [Fact]
    public void Cq_is_the_xor_of_all_pairwise_ands()
    {
        for (var n = 1; n <= 10; n++)
        {
            for (var x = 0; x < 1 << n; x++)
            {
                var xor = false;
                for (var i = 0; i < n; i++)
                {
                    for (var j = i + 1; j < n; j++) xor ^= (x >> i & 1 & (x >> j)) != 0;
                }

                var s = BitOperations.PopCount((uint)x);
                Assert.Equal(xor, SymmetricFunction.CompleteQuadratic.Value(s));
                Assert.Equal(s * (s - 1) / 2 % 2 == 1, xor);
            }
        }
    }

    [Fact]
    public void A_broken_circuit_is_caught_with_a_counterexample()
    {
        var good = SymmetricCircuits.Best(SymmetricFunction.Parity, 14, 3);
        var gates = good.Gates.ToList();
        gates[1] = gates[1] with { Threshold = gates[1].Threshold + 1 };
        var broken = new ThresholdCircuit(14, gates);
        foreach (var path in new[] { KernelPath.Auto, KernelPath.Scalar })
        {
            var x = CircuitVerifier.FindCounterexample(broken, SymmetricFunction.Parity, 0, CircuitTruthTable.Words(14), path);
            Assert.NotNull(x);
            Assert.NotEqual(SymmetricFunction.Parity.Value(BitOperations.PopCount(x.Value)), CircuitReference.Evaluate(broken, x.Value));
            for (var y = 0UL; y < x.Value; y++) Assert.Equal(SymmetricFunction.Parity.Value(BitOperations.PopCount(y)), CircuitReference.Evaluate(broken, y));
        }

        Assert.NotNull(CircuitVerifier.FindCounterexample(broken, SymmetricFunction.Parity, 2));
    }

    [Fact]
    public void Bad_requests_name_the_field()
    {
        Assert.Equal("moduli[1]", Assert.Throws<SpecException>(() => SymmetricCircuits.Chain(SymmetricFunction.Parity, 10, [4, 6])).Field);
        Assert.Equal("moduli[0]", Assert.Throws<SpecException>(() => SymmetricCircuits.Chain(SymmetricFunction.Parity, 10, [3])).Field);
        Assert.Equal("moduli[0]", Assert.Throws<SpecException>(() => SymmetricCircuits.Chain(SymmetricFunction.Parity, 10, [12])).Field);
        Assert.Equal("maxDepth", Assert.Throws<SpecException>(() => SymmetricCircuits.Best(SymmetricFunction.Parity, 5, 1)).Field);
        Assert.Equal("construction", Assert.Throws<SpecException>(() => SymmetricCircuits.Halving(new SymmetricFunction("periodic", 5, [1, 3]), 9)).Field);
    }
}
