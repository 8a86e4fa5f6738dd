using System.Numerics;
using Expressivity.Domain.Autoencoders;

namespace Expressivity.Domain.ThresholdCircuits;

/// <summary>
/// The least number of gates of a circuit of depth ≤ d computing a symmetric function, over arbitrary
/// threshold gates (each reading the inputs and earlier gates). The upper bound is the best chain
/// (<see cref="ChainPlanner"/>); every smaller size k is then refuted or realised exhaustively. A size-k
/// circuit of depth ≤ 2 is k − 1 first-layer threshold functions of x and an output that is a threshold
/// function of (x, h(x)); so size k is realisable iff for some set of k − 1 hidden functions the points
/// (x, h(x)) are separable by f. Hidden sets are enumerated up to the target's symmetries
/// (<see cref="HiddenGateOrbits"/>: the first gate an orbit representative, the others any candidate
/// whose representative is not smaller), and each is decided exactly by <see cref="PartialThreshold"/>:
/// yes with an integer witness, no with an integer certificate, both re-checked. Circuits of two gates
/// have depth ≤ 2, so refuting sizes ≤ 2 holds for every depth. The search stops where it would need
/// a three-gate circuit of depth 3, or first-layer functions of more than five inputs.
/// </summary>
public static class MinimalCircuitSearch
{
    /// <summary>
    /// Searches sizes below the best chain's for <paramref name="f"/> of <paramref name="n"/> inputs within
    /// <paramref name="maxDepth"/>; stops (bounds not met) after <paramref name="maxDecisions"/> exact decisions.
    /// </summary>
    public static MinimalCircuitResult Run(SymmetricFunction f, int n, int maxDepth, long maxDecisions = 2_000_000, CancellationToken cancel = default)
    {
        var best = SymmetricCircuits.Best(f, n, maxDepth);
        var refuted = new List<SizeRefutation>();
        var decisions = 0L;
        for (var k = 1; k < best.Size; k++)
        {
            if (k >= 3 && (maxDepth > 2 || n > ThresholdFunctionList.MaxInputs || k > 3)) break;
            if (k == 2 && n > ThresholdFunctionList.MaxInputs) break;
            var (found, sets, complete) = TrySize(f, n, k, maxDecisions - decisions, ref decisions, cancel);
            if (found is not null) return new MinimalCircuitResult(f, n, maxDepth, k, k, Verified(found, f), refuted);
            if (!complete) break;
            refuted.Add(new SizeRefutation(k, sets));
        }

        return new MinimalCircuitResult(f, n, maxDepth, refuted.Count + 1, best.Size, Verified(best, f), refuted);
    }

    private static (ThresholdCircuit? Found, long Sets, bool Complete) TrySize(
        SymmetricFunction f, int n, int k, long budget, ref long decisions, CancellationToken cancel)
    {
        if (k == 1)
        {
            decisions++;
            var answer = Decide(f, n, []);
            return (answer.Witness is { } w ? Circuit(n, [], w) : null, 1, true);
        }

        var orbits = new HiddenGateOrbits(n, negations: f.Name == "parity");
        var sets = 0L;
        foreach (var first in orbits.Representatives)
        {
            foreach (var rest in Tails(orbits, first, k - 2, 0))
            {
                cancel.ThrowIfCancellationRequested();
                if (sets >= budget) return (null, sets, false);
                ulong[] hidden = [first, .. rest];
                sets++;
                decisions++;
                var answer = Decide(f, n, hidden);
                if (answer.Witness is { } w) return (Circuit(n, hidden, w), sets, true);
            }
        }

        return (null, sets, true);
    }

    // The other hidden gates: increasing candidates, each different from the first and with a representative not below it.
    private static IEnumerable<ulong[]> Tails(HiddenGateOrbits orbits, ulong first, int count, int from)
    {
        if (count == 0)
        {
            yield return [];
            yield break;
        }

        for (var i = from; i < orbits.Candidates.Count; i++)
        {
            var h = orbits.Candidates[i];
            if (h == first || orbits.Representative[h] < first) continue;
            foreach (var tail in Tails(orbits, first, count - 1, i + 1)) yield return [h, .. tail];
        }
    }

    // Points z = x | h_1(x) << n | h_2(x) << (n + 1) …, split by f(x).
    private static PartialThresholdAnswer Decide(SymmetricFunction f, int n, ulong[] hidden)
    {
        var ones = new List<ulong>();
        var zeros = new List<ulong>();
        for (var x = 0UL; x < 1UL << n; x++)
        {
            var z = x;
            for (var j = 0; j < hidden.Length; j++) z |= (hidden[j] >> (int)x & 1) << (n + j);
            (f.Value(BitOperations.PopCount(x)) ? ones : zeros).Add(z);
        }

        return PartialThreshold.Decide(ones, zeros, n + hidden.Length);
    }

    private static ThresholdCircuit Circuit(int n, ulong[] hidden, ThresholdUnit output)
    {
        var table = hidden.Length > 0 ? ThresholdFunctionList.Of(n) : null;
        var gates = hidden.Select((h, j) =>
        {
            var (w, t) = table!.Witness(h);
            return new CircuitGate(w, new long[j], t);
        }).ToList();
        gates.Add(new CircuitGate(output.Weights[..n], output.Weights[n..], output.Threshold));
        return new ThresholdCircuit(n, gates);
    }

    private static ThresholdCircuit Verified(ThresholdCircuit circuit, SymmetricFunction f) =>
        CircuitVerifier.FindCounterexample(circuit, f, 1) is { } x
            ? throw new InvalidOperationException($"circuit fails on input {x}")
            : circuit;
}

/// <summary>Every set of <paramref name="HiddenSets"/> first-layer gates (up to symmetry) for a circuit of <paramref name="Size"/> gates was refuted with an integer certificate.</summary>
public sealed record SizeRefutation(int Size, long HiddenSets);

/// <summary>
/// The outcome of <see cref="MinimalCircuitSearch"/>: sizes below <see cref="LowerBound"/> are refuted
/// (<see cref="Refuted"/>), <see cref="Circuit"/> (verified on all inputs) has <see cref="UpperBound"/> gates;
/// the minimum is exact when the two meet.
/// </summary>
public sealed record MinimalCircuitResult(
    SymmetricFunction Function, int N, int MaxDepth, int LowerBound, int UpperBound, ThresholdCircuit Circuit, IReadOnlyList<SizeRefutation> Refuted)
{
    /// <summary>True when the least size is known.</summary>
    public bool Exact => LowerBound == UpperBound;
}
