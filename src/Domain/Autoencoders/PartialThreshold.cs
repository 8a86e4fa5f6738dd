using System.Numerics;
using Expressivity.Domain.Numerics;

namespace Expressivity.Domain.Autoencoders;

/// <summary>
/// Exact decision "is this partial Boolean function a threshold function?" for points of m ≤ 64
/// inputs (bit i of a point = input i). Yes comes with an integer (w, t) checked on every point; no
/// comes with a convex-combination certificate: non-negative integers λ on the true points and μ on the
/// false points with Σλ = Σμ &gt; 0 and Σλ·a = Σμ·b, which rules out every (w, t) because it would give
/// t·Σλ ≤ w·Σλa = w·Σμb ≤ (t − 1)·Σμ. Both come from the exact rational simplex and are re-checked here.
/// </summary>
public static class PartialThreshold
{
    /// <summary>Decides the partial function that is 1 on <paramref name="ones"/> and 0 on <paramref name="zeros"/>.</summary>
    public static PartialThresholdAnswer Decide(IReadOnlyList<ulong> ones, IReadOnlyList<ulong> zeros, int m)
    {
        if (m is < 0 or > 64) throw new ArgumentOutOfRangeException(nameof(m));
        if (ones.Intersect(zeros).Any()) throw new ArgumentException("a point is both true and false");
        var witness = FindWitness(ones, zeros, m);
        if (witness is not null)
        {
            if (!Realises(witness, ones, zeros)) throw new InvalidOperationException("exact LP witness failed the integer check");
            return new PartialThresholdAnswer(witness, null, null);
        }

        var (lambda, mu) = FindCertificate(ones, zeros, m);
        if (!CertificateHolds(ones, lambda, zeros, mu, m)) throw new InvalidOperationException("exact LP certificate failed the integer check");
        return new PartialThresholdAnswer(null, lambda, mu);
    }

    /// <summary>True when [w·x ≥ t] is 1 on every true point and 0 on every false point.</summary>
    public static bool Realises(ThresholdUnit unit, IReadOnlyList<ulong> ones, IReadOnlyList<ulong> zeros) =>
        ones.All(a => Dot(unit.Weights, a) >= unit.Threshold) && zeros.All(b => Dot(unit.Weights, b) < unit.Threshold);

    /// <summary>Checks a non-threshold certificate in integers.</summary>
    public static bool CertificateHolds(IReadOnlyList<ulong> ones, IReadOnlyList<long> lambda, IReadOnlyList<ulong> zeros, IReadOnlyList<long> mu, int m)
    {
        if (lambda.Count != ones.Count || mu.Count != zeros.Count) return false;
        if (lambda.Any(l => l < 0) || mu.Any(u => u < 0)) return false;
        var sumL = lambda.Aggregate(BigInteger.Zero, (s, l) => s + l);
        if (sumL.IsZero || sumL != mu.Aggregate(BigInteger.Zero, (s, u) => s + u)) return false;
        for (var i = 0; i < m; i++)
        {
            BigInteger left = 0, right = 0;
            for (var r = 0; r < ones.Count; r++) left += (ones[r] >> i & 1) != 0 ? lambda[r] : 0;
            for (var r = 0; r < zeros.Count; r++) right += (zeros[r] >> i & 1) != 0 ? mu[r] : 0;
            if (left != right) return false;
        }

        return true;
    }

    private static long Dot(long[] w, ulong x)
    {
        long s = 0;
        for (var i = 0; i < w.Length; i++)
        {
            if ((x >> i & 1) != 0) s = checked(s + w[i]);
        }

        return s;
    }

    private static ThresholdUnit? FindWitness(IReadOnlyList<ulong> ones, IReadOnlyList<ulong> zeros, int m)
    {
        // Variables w_1..w_m, t (free): t − w·a ≤ 0 on true points, w·b − t ≤ −1 on false points.
        var rows = new List<IReadOnlyList<BigRational>>();
        var rhs = new List<BigRational>();
        foreach (var a in ones)
        {
            rows.Add([.. Enumerable.Range(0, m).Select(i => (BigRational)(-(long)(a >> i & 1))), BigRational.One]);
            rhs.Add(BigRational.Zero);
        }

        foreach (var b in zeros)
        {
            rows.Add([.. Enumerable.Range(0, m).Select(i => (BigRational)(long)(b >> i & 1)), -BigRational.One]);
            rhs.Add(-BigRational.One);
        }

        if (rows.Count == 0) return new ThresholdUnit(new long[m], 0);
        var objective = Enumerable.Repeat(BigRational.Zero, m + 1).ToList();
        if (LinearProgram.Maximise(objective, rows, rhs) is not LpOutcome<BigRational>.Optimal optimal) return null;
        var scaled = Integerise(optimal.X);
        return new ThresholdUnit([.. scaled.Take(m).Select(v => (long)v)], (long)scaled[m]);
    }

    private static (long[] Lambda, long[] Mu) FindCertificate(IReadOnlyList<ulong> ones, IReadOnlyList<ulong> zeros, int m)
    {
        // Variables λ (true points) then μ (false points): Σλa − Σμb = 0, Σλ = 1, Σμ = 1, λ, μ ≥ 0.
        var count = ones.Count + zeros.Count;
        var rows = new List<IReadOnlyList<BigRational>>();
        var rhs = new List<BigRational>();
        void Equal(BigRational[] row, BigRational value)
        {
            rows.Add(row);
            rhs.Add(value);
            rows.Add([.. row.Select(v => -v)]);
            rhs.Add(-value);
        }

        for (var i = 0; i < m; i++)
        {
            var row = new BigRational[count];
            for (var r = 0; r < ones.Count; r++) row[r] = (long)(ones[r] >> i & 1);
            for (var r = 0; r < zeros.Count; r++) row[ones.Count + r] = -(long)(zeros[r] >> i & 1);
            Equal(row, BigRational.Zero);
        }

        Equal([.. Enumerable.Range(0, count).Select(r => r < ones.Count ? BigRational.One : BigRational.Zero)], BigRational.One);
        Equal([.. Enumerable.Range(0, count).Select(r => r < ones.Count ? BigRational.Zero : BigRational.One)], BigRational.One);
        for (var r = 0; r < count; r++)
        {
            rows.Add([.. Enumerable.Range(0, count).Select(c => c == r ? -BigRational.One : BigRational.Zero)]);
            rhs.Add(BigRational.Zero);
        }

        var objective = Enumerable.Repeat(BigRational.Zero, count).ToList();
        if (LinearProgram.Maximise(objective, rows, rhs) is not LpOutcome<BigRational>.Optimal optimal)
        {
            throw new InvalidOperationException("neither a witness nor a certificate exists, which Farkas' lemma rules out");
        }

        var scaled = Integerise(optimal.X);
        return ([.. scaled.Take(ones.Count).Select(v => (long)v)], [.. scaled.Skip(ones.Count).Select(v => (long)v)]);
    }

    // Multiplies by the common denominator: integer margins only grow, equalities stay equalities.
    private static BigInteger[] Integerise(IReadOnlyList<BigRational> x)
    {
        var denominator = x.Aggregate(BigInteger.One, (d, v) => d / BigInteger.GreatestCommonDivisor(d, v.Denominator) * v.Denominator);
        return [.. x.Select(v => v.Numerator * (denominator / v.Denominator))];
    }
}

/// <summary>The answer of <see cref="PartialThreshold.Decide"/>: a witness, or certificate multipliers.</summary>
public sealed record PartialThresholdAnswer(ThresholdUnit? Witness, long[]? TrueMultipliers, long[]? FalseMultipliers)
{
    /// <summary>True when the function is threshold.</summary>
    public bool IsThreshold => Witness is not null;
}
