using System.Net;
using Expressivity.Actors.Commands;

namespace Expressivity.Deployment.Tests.Support;

/// <summary>
/// The operator client's commands, and the parsing of a command line that runs it inside an image
/// (<c>dotnet /app/cli/Expressivity.Cli.dll 127.0.0.1:9110 node health</c>).
/// </summary>
public static class CliCommands
{
    /// <summary>Where the images install the client (deploy/Dockerfile copies it there).</summary>
    public const string ImagePath = "/app/cli/Expressivity.Cli.dll";

    /// <summary>The variable the client reads its command-host secret from (src/Cli/CliArguments.cs).</summary>
    public const string SecretVariable = "EXPRESSIVITY_SECRET";

    /// <summary>The commands ("palette command") the command host serves, from the node's command catalog.</summary>
    public static IReadOnlySet<string> Known { get; } = CommandCatalog.Palettes
        .SelectMany(p => p.Commands.Select(c => $"{p.Name} {c.Command.Split(' ')[0]}")).ToHashSet();

    /// <summary>A client invocation: the endpoint it connects to and the palette command it runs.</summary>
    public sealed record Invocation(IPEndPoint Endpoint, string Command);

    /// <summary>Parses <c>dotnet /app/cli/Expressivity.Cli.dll host:port palette command [args]</c>; throws naming what is wrong.</summary>
    public static Invocation Parse(IReadOnlyList<string> command)
    {
        var text = string.Join(' ', command);
        if (command.Count < 5 || command[0] != "dotnet" || command[1] != ImagePath)
            throw new FormatException($"'{text}' does not run dotnet {ImagePath} host:port palette command");
        if (!IPEndPoint.TryParse(command[2], out var endpoint) || endpoint.Port == 0)
            throw new FormatException($"'{text}': '{command[2]}' is not host:port");
        return new Invocation(endpoint, $"{command[3]} {command[4]}");
    }
}
