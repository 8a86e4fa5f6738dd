using System.Globalization;
using System.Numerics;

namespace Expressivity.Domain.Sweeps;

/// <summary>
/// What a sweep will take, estimated from its spec alone before any unit is planned: each kind's
/// <c>&lt;Kind&gt;Cost</c> model (docs/design/resource-limits.md). Counts are exact where the planner's
/// arithmetic allows (units), the rest are calibrated upper-end estimates.
/// </summary>
/// <param name="Units">Units of every stage (run-time splits estimated where the kind splits).</param>
/// <param name="PlanBytes">Bytes of the largest stage's plan held in memory and in the journal.</param>
/// <param name="PartialBytes">Bytes the units write to the partial store (partials.db).</param>
/// <param name="CpuHours">CPU-hours on one core of the calibration machine.</param>
/// <param name="Field">The spec field the cost grows with: the one a refusal names.</param>
public sealed record SweepCost(BigInteger Units, BigInteger PlanBytes, BigInteger PartialBytes, double CpuHours, string Field)
{
    /// <summary>Bytes one planned unit takes in memory and in the journal's StageStarted event, beyond its id and payload text.</summary>
    public const int UnitOverheadBytes = 96;

    /// <summary>One line for logs and refusals.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Units} units, plan {Mib(PlanBytes)} MiB, partials {Gib(PartialBytes)} GiB, {CpuHours:0.###} CPU-hours");

    /// <summary>Bytes as MiB with three decimals.</summary>
    public static string Mib(BigInteger bytes) => ((double)bytes / (1 << 20)).ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>Bytes as GiB with three decimals.</summary>
    public static string Gib(BigInteger bytes) => ((double)bytes / (1L << 30)).ToString("0.###", CultureInfo.InvariantCulture);
}
