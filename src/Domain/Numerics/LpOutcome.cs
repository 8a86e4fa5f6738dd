namespace Expressivity.Domain.Numerics;

/// <summary>The answer of a linear program: an optimal point, or no optimum because the program is infeasible or unbounded.</summary>
public abstract record LpOutcome<T>
{
    private LpOutcome()
    {
    }

    /// <summary>An optimal point <paramref name="X"/> with objective <paramref name="Value"/>.</summary>
    public sealed record Optimal(IReadOnlyList<T> X, T Value) : LpOutcome<T>
    {
        /// <summary>
        /// Optimal dual multipliers, one per constraint row: y &gt;= 0 with yᵀA = c and yᵀb = Value
        /// (exactly so for the rational solver). Empty when not computed.
        /// </summary>
        public IReadOnlyList<T> Duals { get; init; } = [];
    }

    /// <summary>No point satisfies the constraints.</summary>
    public sealed record Infeasible : LpOutcome<T>;

    /// <summary>The objective grows without bound over the feasible set.</summary>
    public sealed record Unbounded : LpOutcome<T>;
}
