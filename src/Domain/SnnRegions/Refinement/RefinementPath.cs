using System.Globalization;

namespace Expressivity.Domain.SnnRegions.Refinement;

/// <summary>
/// Names a node of the refinement tree by the child index taken at each neuron from the root, written
/// "3.0.2" (child 3 of the first neuron's split, then 0, then 2). A unit's payload is a space-separated
/// list of such paths: the subtrees it covers. Splits are deterministic, so a path names the same cell on
/// every node.
/// </summary>
public static class RefinementPath
{
    /// <summary>"3.0.2".</summary>
    public static string Format(IEnumerable<int> path) => string.Join(".", path.Select(i => i.ToString(CultureInfo.InvariantCulture)));

    /// <summary>Paths separated by spaces.</summary>
    public static string FormatList(IEnumerable<int[]> paths) => string.Join(" ", paths.Select(Format));

    /// <summary>The inverse of <see cref="FormatList"/>; paths are non-empty (units never start at the root).</summary>
    public static IReadOnlyList<int[]> ParseList(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('.').Select(i => int.Parse(i, NumberStyles.None, CultureInfo.InvariantCulture)).ToArray())
            .ToList();

    /// <summary>
    /// <paramref name="paths"/> cut into at most <paramref name="parts"/> contiguous, non-empty groups of near
    /// equal size, in order (deterministic).
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<int[]>> Groups(IReadOnlyList<int[]> paths, int parts)
    {
        var n = Math.Min(parts, paths.Count);
        return Enumerable.Range(0, n)
            .Select(g => (IReadOnlyList<int[]>)paths.Skip(paths.Count * g / n).Take((paths.Count * (g + 1) / n) - (paths.Count * g / n)).ToList())
            .ToList();
    }
}
