namespace Expressivity.Seed;

/// <summary>Built-in settings of a seed node in serve mode (overridden by appsettings, environment, flags).</summary>
public static class SeedDefaults
{
    /// <summary>Seed + coordinator roles, remoting 4053, command host 9110, SQLite under ./data.</summary>
    public static readonly IReadOnlyDictionary<string, string?> Values = new Dictionary<string, string?>
    {
        ["Node:Roles:0"] = "seed",
        ["Node:Roles:1"] = "coordinator",
        ["Node:Port"] = "4053",
        ["CommandHost:Port"] = "9110",
    };
}
