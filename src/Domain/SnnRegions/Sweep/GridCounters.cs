using System.Globalization;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Domain.SnnRegions.Sweep;

/// <summary>
/// Keeps the counters of a grid's configurations apart in one <see cref="Partial"/>: configuration c's key
/// k becomes <c>c&lt;c&gt;.k</c> with the same merge rule, a leading <c>max.</c>/<c>min.</c> kept in front
/// so the names stay those of journal format 1, where that prefix implied the rule.
/// </summary>
public static class GridCounters
{
    private static readonly string[] MergePrefixes = ["max.", "min."];

    /// <summary>The counters of one configuration's unit, renamed into the grid's key space.</summary>
    public static Partial Prefix(int configuration, Partial single) =>
        Partial.Of(single.Counters.Select(c => (c.Counter.Renamed(Rename(configuration, c.Counter.Name)), c.Value)));

    /// <summary>Configuration <paramref name="configuration"/>'s counters under their single-configuration names.</summary>
    public static Partial Extract(int configuration, Partial total)
    {
        var tag = Tag(configuration);
        return Partial.Of(total.Counters
            .Select(c => (Key: Strip(tag, c.Counter.Name), c.Counter, c.Value))
            .Where(c => c.Key is not null)
            .Select(c => (c.Counter.Renamed(c.Key!), c.Value)));
    }

    private static string Tag(int configuration) => "c" + configuration.ToString(CultureInfo.InvariantCulture) + ".";

    private static string Rename(int configuration, string key)
    {
        var merge = MergePrefixes.FirstOrDefault(p => key.StartsWith(p, StringComparison.Ordinal)) ?? "";
        return merge + Tag(configuration) + key[merge.Length..];
    }

    private static string? Strip(string tag, string key)
    {
        var merge = MergePrefixes.FirstOrDefault(p => key.StartsWith(p, StringComparison.Ordinal)) ?? "";
        var rest = key[merge.Length..];
        return rest.StartsWith(tag, StringComparison.Ordinal) ? merge + rest[tag.Length..] : null;
    }
}
