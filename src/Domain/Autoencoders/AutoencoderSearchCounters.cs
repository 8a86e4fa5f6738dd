using System.Globalization;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Domain.Autoencoders;

/// <summary>
/// The counters of an <c>autoencoder-search</c> sweep. Units cover disjoint ranges (column-class
/// prefixes, orbit prefixes or sample indices), so counts add; a construction's shape (width, size,
/// groups) and its worst set's error merge by maximum.
/// </summary>
public static class AutoencoderSearchCounters
{
    /// <summary>Sets examined (orbit sizes, samples, or 1).</summary>
    public static readonly Counter Sets = Counter.Sum("sets");

    /// <summary>Sets with a one-layer decoder.</summary>
    public static readonly Counter WithOneLayer = Counter.Sum("withOneLayer");

    /// <summary>Sets without one.</summary>
    public static readonly Counter WithoutOneLayer = Counter.Sum("withoutOneLayer");

    /// <summary>Orbit representatives visited (orbit walks only).</summary>
    public static readonly Counter Orbits = Counter.Sum("orbits");

    /// <summary>Constructed decoders verified perfect on every vector (theorem5).</summary>
    public static readonly Counter Perfect = Counter.Sum("perfect");

    /// <summary>Approximate decoders whose exact average error is at most D/24.</summary>
    public static readonly Counter WithinBound = Counter.Sum("withinBound");

    /// <summary>Vectors decoded by exact evaluation.</summary>
    public static readonly Counter CheckedVectors = Counter.Sum("checkedVectors");

    /// <summary>Total Hamming error over all sets (approximate).</summary>
    public static readonly Counter ErrorBits = Counter.Sum("errorBits");

    /// <summary>Largest Hamming error of one set (approximate).</summary>
    public static readonly Counter MaxErrorBits = Counter.Max("maxErrorBits");

    /// <summary>Vectors decoded with at least one wrong bit (approximate).</summary>
    public static readonly Counter WrongVectors = Counter.Sum("wrongVectors");

    /// <summary>Largest hidden layer of a constructed decoder (the same for every set of a spec).</summary>
    public static readonly Counter ConstructedWidth = Counter.Max("constructionWidth");

    /// <summary>Non-input nodes of a constructed decoder.</summary>
    public static readonly Counter Size = Counter.Max("size");

    /// <summary>Groups K of a constructed decoder.</summary>
    public static readonly Counter Groups = Counter.Max("groups");

    /// <summary>Group size L of a constructed decoder.</summary>
    public static readonly Counter GroupSize = Counter.Max("groupSize");

    /// <summary>Every fixed counter.</summary>
    public static IReadOnlyList<Counter> All { get; } =
        [Sets, WithOneLayer, WithoutOneLayer, Orbits, Perfect, WithinBound, CheckedVectors, ErrorBits, MaxErrorBits, WrongVectors, ConstructedWidth, Size, Groups, GroupSize];

    /// <summary>The prefix of the column-class tallies.</summary>
    public const string TallyPrefix = "tally.";

    /// <summary>The prefix of the least-width histogram.</summary>
    public const string WidthPrefix = "width.";

    /// <summary>Separating column-class sets of size k inside exactly m threshold images (E1 by column classes).</summary>
    public static Counter Tally(int k, int m) => Counter.Sum(FormattableString.Invariant($"{TallyPrefix}{k:D2}.{m:D4}"));

    /// <summary>Sets whose least hidden width lies in [lo, hi] (lo = hi when exact).</summary>
    public static Counter Width(int lo, int hi) => Counter.Sum(FormattableString.Invariant($"{WidthPrefix}{lo:D2}.{hi:D2}"));

    /// <summary>Reads a tally name back as (k, m), or null.</summary>
    public static (int K, int M)? ParseTally(string name)
    {
        if (!name.StartsWith(TallyPrefix, StringComparison.Ordinal)) return null;
        var parts = name[TallyPrefix.Length..].Split('.');
        return (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    /// <summary>Reads a width name back as (lo, hi), or null.</summary>
    public static (int Lo, int Hi)? ParseWidth(string name)
    {
        if (!name.StartsWith(WidthPrefix, StringComparison.Ordinal)) return null;
        var parts = name[WidthPrefix.Length..].Split('.');
        return (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
    }
}
