namespace Expressivity.Domain.Sweeps;

/// <summary>What running a unit produced: a finished partial, or a split into smaller units.</summary>
public abstract record UnitOutcome
{
    private UnitOutcome()
    {
    }

    /// <summary>The unit is done; <paramref name="Result"/> merges into the sweep's total.</summary>
    public sealed record Completed(Partial Result) : UnitOutcome;

    /// <summary>
    /// The unit was too large: <paramref name="Done"/> covers what it finished itself and
    /// <paramref name="Children"/> (same stage, ids unique within the sweep) cover the rest.
    /// </summary>
    public sealed record Split(Partial Done, IReadOnlyList<WorkUnit> Children) : UnitOutcome;
}
