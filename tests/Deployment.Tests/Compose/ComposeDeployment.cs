using Expressivity.Actors.Hosting;
using Expressivity.Deployment.Tests.Support;

namespace Expressivity.Deployment.Tests.Compose;

/// <summary>docker-compose.yml as written and as compose runs it with the example .env, and the settings its nodes load.</summary>
public static class ComposeDeployment
{
    /// <summary>Variables of deploy/compose.env.example (what a user copies to .env).</summary>
    public static IReadOnlyDictionary<string, string> Variables { get; } =
        ComposeInterpolation.ReadEnvFile(RepositoryFiles.Read("deploy/compose.env.example"));

    /// <summary>The file before interpolation (to see which values are required variables).</summary>
    public static ComposeFile Raw { get; } = ComposeFile.Parse(RepositoryFiles.Read("docker-compose.yml"));

    /// <summary>The file after interpolation with <see cref="Variables"/>.</summary>
    public static ComposeFile Resolved { get; } = ComposeFile.Parse(RepositoryFiles.Read("docker-compose.yml"), Variables);

    /// <summary>The node services and the role defaults of the host each runs.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string?>> Nodes { get; } =
        new Dictionary<string, IReadOnlyDictionary<string, string?>> { ["seed"] = RoleDefaults.Seed, ["worker"] = RoleDefaults.Worker };

    /// <summary>The settings the host in service <paramref name="name"/> loads (its command after `serve` are the arguments).</summary>
    public static NodeSettings Settings(string name)
    {
        var service = Resolved.Service(name);
        var command = service.Command ?? ["serve"];
        if (command[0] != "serve") throw new InvalidOperationException($"service {name} does not run `serve`: {string.Join(' ', command)}");
        return NodeEnvironment.Load(service.Environment, [.. command.Skip(1)], Nodes[name]);
    }
}
