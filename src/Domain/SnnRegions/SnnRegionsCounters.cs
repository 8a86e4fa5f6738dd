using System.Globalization;
using System.Numerics;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Domain.SnnRegions;

/// <summary>
/// The counters of an <c>snn-regions</c> sweep and how each merges. Names keep the <c>max.</c>/<c>min.</c>
/// prefixes they had when the name implied the rule, so journals written then replay unchanged.
/// </summary>
public static class SnnRegionsCounters
{
    /// <summary>Explicit network: distinct patterns (the search's units: of their first-neuron patterns, which are disjoint; refinement: the merge stage).</summary>
    public static readonly Counter Regions = Counter.Sum("regions");

    /// <summary>Explicit network: regions where no neuron fires.</summary>
    public static readonly Counter SilentRegions = Counter.Sum("silentRegions");

    /// <summary>Explicit network, refinement: seed 001's linear regions and the distinct affine output maps (the maps unit alone).</summary>
    public static readonly Counter LinearRegions = Counter.Sum("linearRegions"), AffineMaps = Counter.Sum("affineMaps");

    /// <summary>Explicit network, refinement: final cells stored by stage 0, and read back by the merge stage (must be equal).</summary>
    public static readonly Counter Cells = Counter.Sum("cells"), CellsMerged = Counter.Sum("maps.cells");

    /// <summary>Explicit network: 1 when any unit saw a jump of the output.</summary>
    public static readonly Counter Discontinuous = Counter.Max("max.discontinuous");

    /// <summary>Explicit network: emptiness questions answered by the fast path and by exact LP.</summary>
    public static readonly Counter FastChecks = Counter.Sum("fastChecks"), ExactChecks = Counter.Sum("exactChecks");

    /// <summary>Random form: draws counted, and the sum of their region counts.</summary>
    public static readonly Counter Draws = Counter.Sum("draws"), RegionsTotal = Counter.Sum("regions.total");

    /// <summary>Random and search forms: the fewest regions of a draw or restart.</summary>
    public static readonly Counter MinRegions = Counter.Min("min.regions");

    /// <summary>Random form: the most regions of a draw.</summary>
    public static readonly Counter MaxRegions = Counter.Max("max.regions");

    /// <summary>Random form: draws whose network jumps.</summary>
    public static readonly Counter DiscontinuousDraws = Counter.Sum("discontinuousDraws");

    /// <summary>Random and search forms: (regions, index) packed by <see cref="SnnRegionsReport.Best"/>; the largest wins.</summary>
    public static readonly Counter Best = Counter.Max("max.best");

    /// <summary>Search form: restarts run and network evaluations made.</summary>
    public static readonly Counter Restarts = Counter.Sum("restarts"), Evaluations = Counter.Sum("evaluations");

    /// <summary>The name prefix of the histogram counters.</summary>
    public const string HistogramPrefix = "hist.";

    /// <summary>Every fixed counter of the kind (the histogram family is <see cref="Histogram"/>).</summary>
    public static IReadOnlyList<Counter> All { get; } =
        [Regions, SilentRegions, LinearRegions, AffineMaps, Cells, CellsMerged, Discontinuous, FastChecks, ExactChecks, Draws, RegionsTotal, MinRegions, MaxRegions, DiscontinuousDraws, Best, Restarts, Evaluations];

    /// <summary>Histogram bin: draws or restarts that found exactly <paramref name="regions"/> regions.</summary>
    public static Counter Histogram(BigInteger regions) => Counter.Sum(HistogramPrefix + regions.ToString(CultureInfo.InvariantCulture));
}
