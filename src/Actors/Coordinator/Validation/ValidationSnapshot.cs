namespace Expressivity.Actors.Coordinator.Validation;

/// <summary>The <see cref="ValidationLedger"/> inside a <see cref="CoordinatorSnapshot"/> (version 3).</summary>
public sealed record ValidationSnapshot(
    IReadOnlyList<string> CheckedUnits, IReadOnlyList<DisputeRecord> Disputes, long Checked, long Agreed, long Mismatches, long Resolved,
    IReadOnlyList<string> Suspects, IReadOnlyList<string> Outvoted);
