using System.Globalization;
using System.Numerics;

namespace Expressivity.Domain.Sweeps;

/// <summary>
/// The most a sweep may cost before it starts (issue 8, item 4): checked against the kind's
/// <see cref="SweepCost"/> estimate in <c>seed run</c> and <c>sweep start</c>; a refusal is a
/// <see cref="SpecException"/> (exit 2) naming the field, the estimate and the flag that raises the limit.
/// </summary>
/// <param name="MaxCpuHours">CPU-hours, default 24 (<c>--max-cpu-hours</c>).</param>
/// <param name="MaxPlanMiB">MiB of the largest stage plan, default 256 (<c>--max-plan-mb</c>).</param>
/// <param name="MaxPartialGiB">GiB written to the partial store, default 16 (<c>--max-partial-gb</c>).</param>
public sealed record ResourceLimits(double MaxCpuHours = 24, double MaxPlanMiB = 256, double MaxPartialGiB = 16)
{
    /// <summary>The defaults.</summary>
    public static readonly ResourceLimits Default = new();

    /// <summary>The flags, with their help text, for usage screens.</summary>
    public const string Help = """
          --max-cpu-hours <h>      refuse sweeps estimated above h CPU-hours (default 24)
          --max-plan-mb <MiB>      refuse sweeps whose unit plan is estimated above MiB (default 256)
          --max-partial-gb <GiB>   refuse sweeps estimated to write above GiB of partials (default 16)
        """;

    /// <summary>True for the three flags this record reads.</summary>
    public static bool IsFlag(string arg) => arg is "--max-cpu-hours" or "--max-plan-mb" or "--max-partial-gb";

    /// <summary>These limits with one flag applied; a value that is not a positive number is an <see cref="ArgumentException"/>.</summary>
    public ResourceLimits With(string flag, string value)
    {
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) || !double.IsFinite(x) || x <= 0)
            throw new ArgumentException($"{flag} takes a positive number, got '{value}'");
        return flag switch
        {
            "--max-cpu-hours" => this with { MaxCpuHours = x },
            "--max-plan-mb" => this with { MaxPlanMiB = x },
            "--max-partial-gb" => this with { MaxPartialGiB = x },
            _ => throw new ArgumentException($"unknown limit {flag}"),
        };
    }

    /// <summary>The estimate of <paramref name="definition"/>; throws <see cref="SpecException"/> when any limit is exceeded.</summary>
    public SweepCost Check(SweepDefinition definition)
    {
        var cost = definition.Kind.Estimate(definition.Spec);
        if (cost.CpuHours > MaxCpuHours)
            Refuse(cost, $"estimated {cost.CpuHours.ToString("0.##", CultureInfo.InvariantCulture)} CPU-hours exceeds the limit of {MaxCpuHours.ToString(CultureInfo.InvariantCulture)}", "--max-cpu-hours");
        if ((double)cost.PlanBytes > MaxPlanMiB * (1 << 20))
            Refuse(cost, $"the estimated plan of {cost.Units} units takes {SweepCost.Mib(cost.PlanBytes)} MiB, above the limit of {MaxPlanMiB.ToString(CultureInfo.InvariantCulture)} MiB", "--max-plan-mb");
        if ((double)cost.PartialBytes > MaxPartialGiB * (1L << 30))
            Refuse(cost, $"estimated partials of {SweepCost.Gib(cost.PartialBytes)} GiB exceed the limit of {MaxPartialGiB.ToString(CultureInfo.InvariantCulture)} GiB", "--max-partial-gb");
        return cost;
    }

    private static void Refuse(SweepCost cost, string what, string flag) =>
        throw new SpecException(cost.Field, $"{what} (estimate: {cost}); make the sweep smaller or raise the limit with {flag}");

    /// <summary>Bytes of <paramref name="units"/> planned units whose id and payload together average <paramref name="textChars"/> characters (UTF-16 in memory).</summary>
    public static BigInteger PlanBytes(BigInteger units, int textChars) => units * (SweepCost.UnitOverheadBytes + (2 * textChars));
}
