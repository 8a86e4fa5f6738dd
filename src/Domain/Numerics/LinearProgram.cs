namespace Expressivity.Domain.Numerics;

/// <summary>
/// Linear programs in inequality form: maximise c·x subject to A x &lt;= b, x free. <see cref="Maximise"/>
/// is exact (rational simplex with Bland's rule, which cannot cycle); <see cref="MaximiseApprox"/> runs the same
/// simplex on doubles with the largest-coefficient rule (fast, may cycle: capped) and may be wrong near
/// degeneracy, so it only proposes.
/// </summary>
public static class LinearProgram
{
    /// <summary>Solves the program exactly. <paramref name="a"/> has one row per constraint, each of length c.Count.</summary>
    public static LpOutcome<BigRational> Maximise(
        IReadOnlyList<BigRational> c, IReadOnlyList<IReadOnlyList<BigRational>> a, IReadOnlyList<BigRational> b)
    {
        Validate(c.Count, a, b.Count);
        return new DictionarySimplex<BigRational>(c, a, b).Solve(int.MaxValue)
            ?? throw new InvalidOperationException("exact simplex exceeded its pivot budget");
    }

    /// <summary>
    /// The same program on doubles with a tolerance; null when it gives up (pivot budget spent).
    /// A proposal only: check any point it returns exactly before relying on it.
    /// </summary>
    public static LpOutcome<Approx>? MaximiseApprox(
        IReadOnlyList<double> c, IReadOnlyList<IReadOnlyList<double>> a, IReadOnlyList<double> b, int maxPivots = 10_000)
    {
        Validate(c.Count, a, b.Count);
        return new DictionarySimplex<Approx>(
            c.Select(v => new Approx(v)).ToList(),
            a.Select(r => (IReadOnlyList<Approx>)r.Select(v => new Approx(v)).ToList()).ToList(),
            b.Select(v => new Approx(v)).ToList()).Solve(maxPivots, dantzig: true);
    }

    private static void Validate(int n, IReadOnlyList<IReadOnlyList<BigRational>> a, int m) => Validate(n, a.Select(r => r.Count).ToList(), m);

    private static void Validate(int n, IReadOnlyList<IReadOnlyList<double>> a, int m) => Validate(n, a.Select(r => r.Count).ToList(), m);

    private static void Validate(int n, List<int> rowLengths, int m)
    {
        if (rowLengths.Count != m) throw new ArgumentException($"A has {rowLengths.Count} rows but b has {m} entries");
        for (var i = 0; i < rowLengths.Count; i++)
        {
            if (rowLengths[i] != n) throw new ArgumentException($"row {i} of A has {rowLengths[i]} entries, expected {n}");
        }
    }
}
