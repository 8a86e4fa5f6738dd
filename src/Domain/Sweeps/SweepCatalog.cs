namespace Expressivity.Domain.Sweeps;

/// <summary>
/// The sweep kinds this build knows, by name. Adding a kind is one line here and a folder of its own;
/// the machinery never changes.
/// </summary>
public static class SweepCatalog
{
    private static readonly ISweepKind[] Known =
    [
        new Expressivity.Domain.SnnRegions.Sweep.SnnRegionsKind(),
    ];

    /// <summary>Every known kind.</summary>
    public static IReadOnlyList<ISweepKind> All => Known;

    /// <summary>The kind with this name, or null.</summary>
    public static ISweepKind? Find(string name) => Known.FirstOrDefault(k => k.Name == name);

    /// <summary>The kind with this name; throws <see cref="SpecException"/> on field <c>kind</c> otherwise.</summary>
    public static ISweepKind Get(string name) =>
        Find(name) ?? throw new SpecException("kind",
            $"unknown kind \"{name}\" (known: {string.Join(", ", Known.Select(k => k.Name))})");
}
