using System.Reflection;
using Expressivity.Deployment.Tests.Docker;

namespace Expressivity.Deployment.Tests.Support;

/// <summary>
/// The built-in settings each host passes to NodeSettings.Load for `serve`, read from the hosts' own
/// build output, so deployment files are checked against what the programs really default to.
/// </summary>
public static class RoleDefaults
{
    /// <summary>Seed host (`dotnet Expressivity.Seed.dll serve`): Expressivity.Seed.SeedDefaults.Values.</summary>
    public static IReadOnlyDictionary<string, string?> Seed { get; } =
        Read("src/Seed/Seed.csproj", "Expressivity.Seed.SeedDefaults", "Values");

    /// <summary>Worker host (`dotnet Expressivity.Worker.dll serve`): Expressivity.Worker.WorkerDefaults.Values.</summary>
    public static IReadOnlyDictionary<string, string?> Worker { get; } =
        Read("src/Worker/Worker.csproj", "Expressivity.Worker.WorkerDefaults", "Values");

    private static IReadOnlyDictionary<string, string?> Read(string project, string type, string field)
    {
        var assembly = Assembly.LoadFrom(BuiltAssembly.PathOf(project, DockerImages.AssemblyOf(project) + ".dll"));
        var member = assembly.GetType(type)?.GetField(field, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            ?? throw new MissingFieldException($"{project}: no static {type}.{field} holding the serve defaults");
        return (IReadOnlyDictionary<string, string?>)member.GetValue(null)!;
    }
}
