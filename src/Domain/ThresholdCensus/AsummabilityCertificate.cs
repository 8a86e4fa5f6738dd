namespace Expressivity.Domain.ThresholdCensus;

/// <summary>
/// An exact proof that no sorted non-negative weights separate true points A from false points B
/// (B non-empty): integer multipliers λ_a, μ_b ≥ 0 with Σλ ≥ Σμ, Σλ + Σμ &gt; 0 and
/// Σ μ_b P(b) − Σ λ_a P(a) ≥ 0 in every coordinate (P = prefix counts).
/// Why it suffices: a separator has w·a ≥ t, w·b ≤ t − 1 and t ≥ 1 (w·b ≥ 0); summing with the
/// multipliers gives v·(ΣλP(a) − ΣμP(b)) − (Σλ − Σμ)·t − Σμ ≥ 0, whose left side is negative.
/// The multipliers come from a floating-point dual; only this integer check decides.
/// </summary>
public static class AsummabilityCertificate
{
    /// <summary>Checks integer multipliers exactly (Int128 arithmetic).</summary>
    public static bool Check(IReadOnlyList<int[]> ones, ReadOnlySpan<long> lambda, IReadOnlyList<int[]> zeros, ReadOnlySpan<long> mu)
    {
        if (zeros.Count == 0) return false;
        var n = ones.Count > 0 ? ones[0].Length : zeros[0].Length;
        Int128 sumLambda = 0, sumMu = 0;
        Span<Int128> balance = stackalloc Int128[n];
        balance.Clear();
        for (var a = 0; a < ones.Count; a++)
        {
            if (lambda[a] < 0) return false;
            sumLambda += lambda[a];
            for (var j = 0; j < n; j++) balance[j] -= (Int128)lambda[a] * ones[a][j];
        }

        for (var b = 0; b < zeros.Count; b++)
        {
            if (mu[b] < 0) return false;
            sumMu += mu[b];
            for (var j = 0; j < n; j++) balance[j] += (Int128)mu[b] * zeros[b][j];
        }

        if (sumLambda < sumMu || sumLambda + sumMu <= 0) return false;
        foreach (var x in balance)
        {
            if (x < 0) return false;
        }

        return true;
    }

    /// <summary>
    /// Turns floating-point dual values into integers by a common denominator found from continued
    /// fractions (vertex duals are rationals with small denominators); false when none fits in range.
    /// </summary>
    public static bool TryIntegerise(ReadOnlySpan<double> values, Span<long> integers)
    {
        var max = 0.0;
        foreach (var v in values) max = Math.Max(max, v);
        if (!(max > 0)) return false;
        long denominator = 1;
        foreach (var v in values)
        {
            var q = Denominator(Math.Max(v, 0) / max);
            if (q == 0) return false;
            denominator = denominator / Gcd(denominator, q) * q;
            if (denominator > 1L << 40) return false;
        }

        for (var i = 0; i < values.Length; i++)
        {
            var scaled = Math.Max(values[i], 0) / max * denominator;
            integers[i] = (long)Math.Round(scaled);
        }

        return true;
    }

    // Smallest denominator of a continued-fraction convergent within 1e-9 of x, or 0 if above 2^20.
    private static long Denominator(double x)
    {
        long p0 = 0, q0 = 1, p1 = 1, q1 = 0;
        var rest = x;
        for (var step = 0; step < 40; step++)
        {
            var a = (long)Math.Floor(rest);
            (p0, p1) = (p1, a * p1 + p0);
            (q0, q1) = (q1, a * q1 + q0);
            if (q1 > 1 << 20) return 0;
            if (Math.Abs(x - (double)p1 / q1) < 1e-9) return q1;
            var frac = rest - a;
            if (frac < 1e-12) return q1;
            rest = 1 / frac;
        }

        return 0;
    }

    private static long Gcd(long a, long b)
    {
        while (b != 0) (a, b) = (b, a % b);
        return a;
    }
}
