using System.Collections;
using System.Net;
using Expressivity.Actors.Hosting;

namespace Expressivity.Deployment.Tests.Support;

/// <summary>
/// The operator client's commands, and the parsing of a command line that runs it inside an image
/// (<c>dotnet /app/cli/Expressivity.Cli.dll 127.0.0.1:9110 node health</c>).
/// </summary>
public static class CliCommands
{
    /// <summary>Where the images install the client (deploy/Dockerfile copies it there).</summary>
    public const string ImagePath = "/app/cli/Expressivity.Cli.dll";

    /// <summary>
    /// The commands ("palette command") the command host serves: read from the node's command catalog
    /// (Expressivity.Actors.Commands.CommandCatalog) when the Actors assembly has one, else the palettes
    /// the architecture and the configuration contract name.
    /// </summary>
    public static IReadOnlySet<string> Known { get; } = FromCatalog() ?? Documented;

    private static HashSet<string> Documented =>
    [
        "cluster show", "cluster leave", "cluster down-unreachable", "cluster tail",
        "cluster-sharding region-stats", "sweep start", "sweep list", "sweep status", "sweep watch",
        "sweep pause", "sweep resume", "sweep cancel", "sweep results", "log peek", "log tail", "node health",
    ];

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

    private static HashSet<string>? FromCatalog()
    {
        var catalog = typeof(NodeSettings).Assembly.GetType("Expressivity.Actors.Commands.CommandCatalog");
        if (catalog?.GetField("Palettes")?.GetValue(null) is not IEnumerable palettes) return null;
        var known = new HashSet<string>();
        foreach (var palette in palettes)
        {
            var name = (string)palette.GetType().GetProperty("Name")!.GetValue(palette)!;
            foreach (var entry in (IEnumerable)palette.GetType().GetProperty("Commands")!.GetValue(palette)!)
            {
                var command = entry.GetType().GetProperty("Command")?.GetValue(entry) ?? entry.GetType().GetField("Item1")?.GetValue(entry);
                known.Add($"{name} {((string)command!).Split(' ')[0]}");
            }
        }

        return known;
    }
}
