using Expressivity.Actors.Hosting;

namespace Expressivity.Deployment.Tests.Support;

/// <summary>
/// The built-in settings each host passes to <see cref="NodeSettings.Load"/> for `serve`, as the
/// configuration contract fixes them: the seed runs roles seed + coordinator on 4053 / command host 9110,
/// the worker role worker on 4054 / 9111. Deployment files are checked against what these produce.
/// </summary>
public static class RoleDefaults
{
    /// <summary>Seed host (`dotnet Expressivity.Seed.dll serve`).</summary>
    public static IReadOnlyDictionary<string, string?> Seed { get; } = new Dictionary<string, string?>
    {
        ["Node:Roles:0"] = ClusterRoles.Seed,
        ["Node:Roles:1"] = ClusterRoles.Coordinator,
        ["Node:Port"] = "4053",
        ["CommandHost:Port"] = "9110",
    };

    /// <summary>Worker host (`dotnet Expressivity.Worker.dll serve`).</summary>
    public static IReadOnlyDictionary<string, string?> Worker { get; } = new Dictionary<string, string?>
    {
        ["Node:Roles:0"] = ClusterRoles.Worker,
        ["Node:Port"] = "4054",
        ["CommandHost:Port"] = "9111",
    };
}
