namespace Expressivity.Domain.Sweeps;

/// <summary>
/// The sweep kinds this build knows, by name. Adding a kind is one line here and a folder of its own;
/// the machinery never changes.
/// </summary>
public static class SweepCatalog
{
    private static readonly List<ISweepKind> Known =
    [
        new NeuronExpressivity.NeuronExpressivityKind(),
        new ThresholdCensus.ThresholdCensusKind(),
        new SnnRegions.SnnRegionsKind(),
        new ThresholdCircuits.ThresholdCircuitKind(),
        new Autoencoders.AutoencoderSearchKind(),
    ];

    private static readonly object Gate = new();

    /// <summary>Every known kind.</summary>
    public static IReadOnlyList<ISweepKind> All
    {
        get
        {
            lock (Gate) return Known.ToList();
        }
    }

    /// <summary>The kind with this name, or null.</summary>
    public static ISweepKind? Find(string name)
    {
        lock (Gate) return Known.FirstOrDefault(k => k.Name == name);
    }

    /// <summary>Adds a kind at run time (extensions and tests); a second kind with the same name is refused.</summary>
    public static void Register(ISweepKind kind)
    {
        lock (Gate)
        {
            if (Known.Any(k => k.Name == kind.Name))
            {
                if (Known.Contains(kind)) return;
                throw new InvalidOperationException($"a sweep kind named '{kind.Name}' is already registered");
            }

            Known.Add(kind);
        }
    }

    /// <summary>The kind with this name; throws <see cref="SpecException"/> on field <c>kind</c> otherwise.</summary>
    public static ISweepKind Get(string name) =>
        Find(name) ?? throw new SpecException("kind",
            $"unknown kind \"{name}\" (known: {string.Join(", ", All.Select(k => k.Name))})");
}
