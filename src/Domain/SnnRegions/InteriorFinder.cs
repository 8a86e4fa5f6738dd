using Expressivity.Domain.Numerics;

namespace Expressivity.Domain.SnnRegions;

/// <summary>
/// Decides whether inequalities g·x &lt; h (or &lt;=) have a common interior point strictly inside the box
/// [min, max]^d, and returns an exact witness point. The LP is "maximise s subject to g·x + s &lt;= h,
/// min + s &lt;= x_i &lt;= max − s, s &lt;= 1": the open set is non-empty iff s* &gt; 0. A double simplex proposes
/// a point first; it is accepted only if every inequality holds at it exactly. When the double LP says
/// s* &lt;= 0, its duals are turned into an exact Farkas proof (<see cref="EmptinessCertificate"/>). Otherwise
/// the exact rational simplex decides, so a "yes" always comes with a checked point and a "no" with an
/// exact proof or an exact LP.
/// </summary>
public sealed class InteriorFinder(int dimension, BigRational min, BigRational max)
{
    private readonly double _min = min.ToDouble();
    private readonly double _max = max.ToDouble();

    /// <summary>Lower end of the box in every coordinate.</summary>
    public BigRational Min => min;

    /// <summary>Upper end of the box in every coordinate.</summary>
    public BigRational Max => max;

    /// <summary>Problems answered by an exactly checked double proposal (a point, or an emptiness proof).</summary>
    public long FastAnswers { get; private set; }

    /// <summary>Problems decided by the exact rational simplex.</summary>
    public long ExactAnswers { get; private set; }

    /// <summary>A point strictly satisfying every inequality and strictly inside the box, or null when none exists.</summary>
    public BigRational[]? Find(IReadOnlyList<LinearInequality> system)
    {
        var live = new List<LinearInequality>(system.Count);
        foreach (var q in system)
        {
            if (!q.IsConstant) live.Add(q);
            else if (!q.ConstantHolds) return null; // 0 < h (or 0 <= h) fails everywhere
        }

        var (proposal, duals) = Propose(live);
        if (proposal is not null && Inside(proposal) && live.All(q => q.HoldsAt(proposal)))
        {
            FastAnswers++;
            return proposal;
        }

        if (duals is not null && EmptinessCertificate.Proves(live, duals, dimension, min, max))
        {
            FastAnswers++;
            return null;
        }

        ExactAnswers++;
        return Exact(live, equality: null);
    }

    /// <summary>
    /// A point where <paramref name="face"/>(x) = 0 exactly, the other inequalities hold strictly and x is
    /// strictly inside the box: proof that the face is a (d−1)-dimensional part of the region's boundary.
    /// </summary>
    public BigRational[]? FindOnFace(IReadOnlyList<LinearInequality> system, AffineForm face)
    {
        if (system.Any(q => q.IsConstant && !q.ConstantHolds)) return null;
        ExactAnswers++;
        return Exact(system.Where(q => !q.IsConstant).ToList(), face);
    }

    private bool Inside(BigRational[] x) => x.All(v => v > min && v < max);

    /// <summary>A rounded candidate point when the double LP finds positive slack, else its duals (for an emptiness proof).</summary>
    private (BigRational[]? Point, IReadOnlyList<Approx>? Duals) Propose(List<LinearInequality> live)
    {
        var a = new List<IReadOnlyList<double>>();
        var b = new List<double>();
        foreach (var q in live)
        {
            a.Add([.. q.ApproxG, 1.0]);
            b.Add(q.ApproxH);
        }

        AddBox(a, b, _max, _min, 0.0, 1.0, v => -v);
        var c = new double[dimension + 1];
        c[dimension] = 1;
        if (LinearProgram.MaximiseApprox(c, a, b) is not LpOutcome<Approx>.Optimal optimal) return (null, null);
        var slack = optimal.Value.Value;
        if (slack <= 1e-9) return (null, optimal.Duals);
        // Rows are scaled to max |g_i| = 1, so moving every coordinate by less than slack / (d + 1) keeps each
        // row strict: round to that power-of-two grid, which keeps the exact check's numbers short.
        var quantum = Math.ScaleB(1, Math.ILogB(slack / (dimension + 1))); // exponent extraction: same on every platform
        return (optimal.X.Take(dimension).Select(v => BigRational.FromDouble(Math.Round(v.Value / quantum) * quantum)).ToArray(), null);
    }

    private BigRational[]? Exact(List<LinearInequality> live, AffineForm? equality)
    {
        var a = new List<IReadOnlyList<BigRational>>();
        var b = new List<BigRational>();
        foreach (var q in live)
        {
            a.Add([.. q.G, BigRational.One]);
            b.Add(q.H);
        }

        if (equality is not null)
        {
            a.Add([.. equality.Coefficients, BigRational.Zero]);
            b.Add(-equality.Constant);
            a.Add([.. equality.Coefficients.Select(v => -v), BigRational.Zero]);
            b.Add(equality.Constant);
        }

        AddBox(a, b, max, min, BigRational.Zero, BigRational.One, v => -v);
        var c = new BigRational[dimension + 1];
        Array.Fill(c, BigRational.Zero);
        c[dimension] = BigRational.One;
        if (LinearProgram.Maximise(c, a, b) is not LpOutcome<BigRational>.Optimal optimal || optimal.Value.Sign <= 0) return null;
        return optimal.X.Take(dimension).ToArray();
    }

    /// <summary>Rows x_i + s &lt;= max, −x_i + s &lt;= −min and s &lt;= 1 (the box shrunk by the slack s).</summary>
    private void AddBox<T>(List<IReadOnlyList<T>> a, List<T> b, T upper, T lower, T zero, T one, Func<T, T> negate)
    {
        for (var i = 0; i < dimension; i++)
        {
            a.Add(Row(i, one, zero, one));
            b.Add(upper);
            a.Add(Row(i, negate(one), zero, one));
            b.Add(negate(lower));
        }

        a.Add(Row(-1, one, zero, one));
        b.Add(one);
    }

    private T[] Row<T>(int i, T value, T zero, T slack)
    {
        var row = new T[dimension + 1];
        Array.Fill(row, zero);
        if (i >= 0) row[i] = value;
        row[dimension] = slack;
        return row;
    }
}
