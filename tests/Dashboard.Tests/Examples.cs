namespace Expressivity.Dashboard.Tests;

/// <summary>The specs the tests run, and their documented results (docs/results/neuron-expressivity.md, cross-checked by the census).</summary>
public static class Examples
{
    /// <summary>E(6, 4) = 1 499 046: long enough on one worker slot (tens of seconds) for several updates.</summary>
    public const string N6K4 = """{ "kind": "neuron-expressivity", "n": 6, "weights": { "min": -4, "max": 4 } }""";

    /// <summary>Its number of distinct functions.</summary>
    public const string N6K4Distinct = "1499046";

    /// <summary>E(6, 6): long enough to still be running while the actions are tried (it is cancelled).</summary>
    public const string N6K6 = """{ "kind": "neuron-expressivity", "n": 6, "weights": { "min": -6, "max": 6 } }""";

    /// <summary>E(4, 3) = 1 882: a few seconds, started from the page.</summary>
    public const string N4K3 = """{"kind":"neuron-expressivity","n":4,"weights":{"min":-3,"max":3}}""";

    /// <summary>Its number of distinct functions.</summary>
    public const string N4K3Distinct = "1882";
}
