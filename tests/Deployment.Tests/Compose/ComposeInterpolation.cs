using System.Text.RegularExpressions;

namespace Expressivity.Deployment.Tests.Compose;

/// <summary>Compose's variable interpolation: ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?error}, ${VAR?error}, $VAR and $$.</summary>
public static partial class ComposeInterpolation
{
    /// <summary>Replaces every reference; a missing required variable throws with its message, as compose stops.</summary>
    public static string Apply(string text, IReadOnlyDictionary<string, string> variables) =>
        Reference().Replace(text, m =>
        {
            if (m.Value == "$$") return "$";
            var name = m.Groups["name"].Success ? m.Groups["name"].Value : m.Groups["bare"].Value;
            var found = variables.TryGetValue(name, out var value);
            var op = m.Groups["op"].Value;
            var usable = found && (value!.Length > 0 || !op.StartsWith(':'));
            return op.TrimStart(':') switch
            {
                "-" => usable ? value! : m.Groups["arg"].Value,
                "?" => usable ? value! : throw new InvalidOperationException($"required variable {name} is missing: {m.Groups["arg"].Value}"),
                _ => found ? value! : "",
            };
        });

    /// <summary>The references of the required form ${VAR:?message}, by variable name.</summary>
    public static IEnumerable<string> RequiredVariables(string value) =>
        Reference().Matches(value).Where(m => m.Groups["op"].Value == ":?").Select(m => m.Groups["name"].Value);

    /// <summary>Reads KEY=VALUE lines of an env file, ignoring blank lines and # comments.</summary>
    public static Dictionary<string, string> ReadEnvFile(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);

    [GeneratedRegex(@"\$\$|\$\{(?<name>[A-Za-z_][A-Za-z0-9_]*)(?:(?<op>:?[-?])(?<arg>[^}]*))?\}|\$(?<bare>[A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Reference();
}
