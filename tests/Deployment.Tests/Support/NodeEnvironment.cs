using System.Collections;
using Expressivity.Actors.Hosting;

namespace Expressivity.Deployment.Tests.Support;

/// <summary>
/// Loads a node's settings exactly as the host does (<see cref="NodeSettings.Load"/>): the role's
/// defaults, then the environment a deployment file gives the container, then its arguments.
/// Load reads the process environment, so calls are serialised and the environment is restored.
/// </summary>
public static class NodeEnvironment
{
    /// <summary>The prefix of the variables the hosts read.</summary>
    public const string Prefix = "EXPRESSIVITY_";

    private static readonly Lock Gate = new();

    /// <summary>The settings a node of <paramref name="defaults"/>' role gets from this environment and arguments.</summary>
    public static NodeSettings Load(IReadOnlyDictionary<string, string> environment, string[] args, IReadOnlyDictionary<string, string?> defaults)
    {
        lock (Gate)
        {
            var saved = Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
                .Select(e => (Name: (string)e.Key, Value: (string?)e.Value))
                .Where(e => e.Name.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)).ToList();
            foreach (var (name, _) in saved) Environment.SetEnvironmentVariable(name, null);
            try
            {
                foreach (var (name, value) in environment.Where(e => e.Key.StartsWith(Prefix, StringComparison.Ordinal)))
                {
                    Environment.SetEnvironmentVariable(name, value);
                }

                return NodeSettings.Load(args, defaults);
            }
            finally
            {
                foreach (var name in environment.Keys) Environment.SetEnvironmentVariable(name, null);
                foreach (var (name, value) in saved) Environment.SetEnvironmentVariable(name, value);
            }
        }
    }
}
