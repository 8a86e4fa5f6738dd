using System.Numerics;
using Expressivity.Domain.Numerics;

namespace Expressivity.Domain.ThresholdCensus;

/// <summary>
/// The exact-rational re-solve behind <see cref="SeparationOracle"/>, used when a floating-point answer
/// could not be confirmed: the separation system in the weight gaps v (t − P(a)·v ≤ 0 for true points,
/// P(b)·v − t ≤ −1 for false points, v ≥ 0) solved by the rational simplex of
/// <see cref="LinearProgram.Maximise"/>. Infeasible is an exact "no"; a rational solution scaled by its
/// common denominator is an integer witness (margins only grow), still checked by the caller.
/// </summary>
public static class ExactSeparation
{
    /// <summary>Integer sorted weights (input order) and threshold separating the points, or null if none exist.</summary>
    public static (long[] Weights, long Threshold)? Solve(IReadOnlyList<int[]> ones, IReadOnlyList<int[]> zeros, int n)
    {
        var rows = new List<IReadOnlyList<BigRational>>();
        var rhs = new List<BigRational>();
        foreach (var a in ones)
        {
            rows.Add([.. a.Select(p => (BigRational)(-p)), BigRational.One]);
            rhs.Add(BigRational.Zero);
        }

        foreach (var b in zeros)
        {
            rows.Add([.. b.Select(p => (BigRational)p), -BigRational.One]);
            rhs.Add(-BigRational.One);
        }

        for (var j = 0; j < n; j++)
        {
            rows.Add([.. Enumerable.Range(0, n + 1).Select(i => i == j ? -BigRational.One : BigRational.Zero)]);
            rhs.Add(BigRational.Zero);
        }

        // Maximise −Σv: bounded above by 0, and small weights are the nicer witness.
        var objective = Enumerable.Range(0, n + 1).Select(i => i < n ? -BigRational.One : BigRational.Zero).ToList();
        var outcome = LinearProgram.Maximise(objective, rows, rhs);
        if (outcome is not LpOutcome<BigRational>.Optimal optimal) return null;
        var denominator = optimal.X.Aggregate(BigInteger.One, (d, x) => d / BigInteger.GreatestCommonDivisor(d, x.Denominator) * x.Denominator);
        var scaled = optimal.X.Select(x => x.Numerator * (denominator / x.Denominator)).ToArray();
        var weights = new long[n];
        BigInteger run = 0;
        for (var i = n - 1; i >= 0; i--) weights[i] = (long)(run += scaled[i]);
        return (weights, (long)scaled[n]);
    }
}
