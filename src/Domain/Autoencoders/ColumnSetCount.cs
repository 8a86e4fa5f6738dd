using System.Numerics;

namespace Expressivity.Domain.Autoencoders;

/// <summary>
/// E1 totals over every set of n = 2^d distinct D-bit vectors, without visiting sets. A set has a
/// one-layer decoder exactly when, for some labelling of its rows by code points, every column class
/// is a threshold class, i.e. its set U of distinct column classes lies inside one image of the threshold
/// classes (<see cref="ColumnClasses"/>). Matrices whose column classes are exactly U number
/// 2^D·surj(D, |U|) (signs, and the D-tuples onto U), and every set is n! matrices, so
/// <c>good(D) = 2^D/n! · Σ_U surj(D, |U|)</c> over separating U in the union of the images. The union is
/// counted image by image: every image looks like the threshold classes themselves, so
/// <c>Σ_U = I · Σ_{U ⊆ threshold} 1/m(U)</c>, m(U) = images containing U. This quotients both cubes'
/// symmetries (vector cube: column order and negation; code cube: inside the images). The walk over U is
/// cut into units by its first two classes.
/// </summary>
public sealed class ColumnSetCount(ColumnClasses classes, int maxColumns)
{
    /// <summary>Units: prefixes of one or two classes (a one-class prefix counts only itself).</summary>
    public int Units => classes.Threshold.Length * (classes.Threshold.Length + 1) / 2;

    /// <summary>The unit count for d code bits without building the classes (half the threshold functions are classes).</summary>
    public static int UnitsFor(int d)
    {
        var t = SmallThresholdFunctions.Of(d).Functions.Count / 2;
        return t * (t + 1) / 2;
    }

    /// <summary>
    /// Walks units [start, end): tallies[k][m] = separating U with |U| = k contained in exactly m images.
    /// </summary>
    public long[][] Walk(int start, int end, CancellationToken cancel = default)
    {
        var t = classes.Threshold.Length;
        var tallies = new long[maxColumns + 1][];
        for (var k = 0; k <= maxColumns; k++) tallies[k] = new long[classes.Images + 1];
        var unit = 0;
        var words = classes.Contains[0].Length;
        var stack = new ulong[maxColumns + 1][];
        for (var k = 0; k <= maxColumns; k++) stack[k] = new ulong[words];
        for (var i = 0; i < t; i++)
        {
            if (unit >= start && unit < end) CountSingle(tallies, i);
            unit++;
            for (var j = i + 1; j < t; j++, unit++)
            {
                if (unit < start || unit >= end || maxColumns < 2) continue;
                cancel.ThrowIfCancellationRequested();
                for (var w = 0; w < words; w++) stack[2][w] = classes.Contains[i][w] & classes.Contains[j][w];
                Descend(tallies, stack, 2, j + 1, classes.Separates[i] | classes.Separates[j]);
            }
        }

        return tallies;
    }

    private void CountSingle(long[][] tallies, int c)
    {
        if (maxColumns < 1 || classes.Separates[c] != classes.AllPairs) return;
        var m = 0;
        foreach (var word in classes.Contains[c]) m += BitOperations.PopCount(word);
        tallies[1][m]++;
    }

    private void Descend(long[][] tallies, ulong[][] stack, int k, int next, ulong sep)
    {
        var images = stack[k];
        if (sep == classes.AllPairs)
        {
            var m = 0;
            foreach (var word in images) m += BitOperations.PopCount(word);
            tallies[k][m]++;
        }

        if (k == maxColumns) return;
        var below = stack[k + 1];
        for (var c = next; c < classes.Threshold.Length; c++)
        {
            var contains = classes.Contains[c];
            for (var w = 0; w < images.Length; w++) below[w] = images[w] & contains[w];
            Descend(tallies, stack, k + 1, c + 1, sep | classes.Separates[c]);
        }
    }

    /// <summary>Sets with a one-layer decoder for D vector bits (D ≤ maxColumns), from merged tallies.</summary>
    public static BigInteger SetsWithDecoder(long[][] tallies, int images, int points, int vectorBits)
    {
        var sum = Numerics.BigRational.Zero;
        for (var k = 1; k <= vectorBits && k < tallies.Length; k++)
        {
            var weighted = Numerics.BigRational.Zero;
            for (var m = 1; m < tallies[k].Length; m++)
            {
                if (tallies[k][m] != 0) weighted += Numerics.BigRational.Create(tallies[k][m] * (BigInteger)images, m);
            }

            sum += weighted * Surjections(vectorBits, k);
        }

        var total = sum * BigInteger.Pow(2, vectorBits) / Factorial(points);
        return total.IsInteger ? total.Numerator : throw new InvalidOperationException($"E1 total {total} is not an integer");
    }

    /// <summary>Maps from a D-set onto a k-set: k!·S(D, k).</summary>
    public static BigInteger Surjections(int d, int k)
    {
        BigInteger sum = 0;
        for (var i = 0; i <= k; i++)
        {
            var term = Binomial(k, i) * BigInteger.Pow(k - i, d);
            sum += i % 2 == 0 ? term : -term;
        }

        return sum;
    }

    /// <summary>C(n, k).</summary>
    public static BigInteger Binomial(int n, int k)
    {
        if (k < 0 || k > n) return 0;
        BigInteger r = 1;
        for (var i = 0; i < k; i++) r = r * (n - i) / (i + 1);
        return r;
    }

    private static BigInteger Factorial(int n) => n <= 1 ? 1 : n * Factorial(n - 1);
}
