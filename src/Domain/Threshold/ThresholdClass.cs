using System.Numerics;

namespace Expressivity.Domain.Threshold;

/// <summary>
/// What the Chow vector of a positive threshold function says about its NP-equivalence class
/// (SPEC.md 1.3). Inputs with equal Chow parameter are interchangeable; an input with 2·c_i = c0 is
/// irrelevant (and all irrelevant inputs share that value, so they form one group by themselves).
/// </summary>
/// <param name="N">Number of inputs.</param>
/// <param name="Relevant">r, the number of inputs the function depends on.</param>
/// <param name="Orbit">2^r · N! / Π m_j!: functions in the class (input negations and permutations).</param>
/// <param name="Positive">N! / Π m_j!: positive (monotone) functions in the class.</param>
/// <param name="SelfDual">f(x) = ¬f(¬x) for all x; for threshold functions exactly when c0 = 2^(N−1).</param>
public sealed record ThresholdClass(int N, int Relevant, BigInteger Orbit, BigInteger Positive, bool SelfDual)
{
    /// <summary>Class facts from the Chow vector (c0, c1..cN) of a positive threshold function.</summary>
    public static ThresholdClass FromChow(ReadOnlySpan<long> chow)
    {
        var n = chow.Length - 1;
        Span<long> c = stackalloc long[n];
        chow[1..].CopyTo(c);
        c.Sort();
        var relevant = 0;
        foreach (var ci in c)
        {
            if (2 * ci != chow[0]) relevant++;
        }

        var positive = Factorial(n);
        for (var i = 0; i < n;)
        {
            var j = i;
            while (j < n && c[j] == c[i]) j++;
            positive /= Factorial(j - i);
            i = j;
        }

        // Self-duality: the dual's Chow vector is (2^N − c0, c_i + 2^(N−1) − c0), so it equals f's
        // exactly when c0 = 2^(N−1), and Chow's theorem turns equal parameters into equal functions.
        var selfDual = n > 0 && chow[0] == 1L << (n - 1);
        return new ThresholdClass(n, relevant, positive << relevant, positive, selfDual);
    }

    /// <summary>n! as an exact integer.</summary>
    public static BigInteger Factorial(int n)
    {
        BigInteger f = 1;
        for (var k = 2; k <= n; k++) f *= k;
        return f;
    }
}
