using System.Text.RegularExpressions;

namespace Expressivity.Cli;

/// <summary>
/// <c>ecmd [host:port] [--secret s] &lt;palette&gt; &lt;command&gt; [args]</c>; without a palette, the interactive
/// prompt. The secret may also come from EXPRESSIVITY_SECRET or EXPRESSIVITY_CommandHost__Secret.
/// </summary>
public sealed partial record CliArguments(string Host, int Port, string? Secret, IReadOnlyList<string> Command)
{
    /// <summary>Default command host address (pbm's habit: 9110 on loopback).</summary>
    public const string DefaultHost = "127.0.0.1";

    /// <summary>Default command host port.</summary>
    public const int DefaultPort = 9110;

    /// <summary>Parses the process arguments.</summary>
    public static CliArguments Parse(IReadOnlyList<string> args)
    {
        var rest = args.ToList();
        var (host, port) = (DefaultHost, DefaultPort);
        if (rest.Count > 0 && Endpoint().Match(rest[0]) is { Success: true } m)
        {
            host = m.Groups["host"].Value.Trim('[', ']');
            port = int.Parse(m.Groups["port"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (port is < 1 or > 65535) throw new ArgumentException($"port {port} is out of range");
            rest.RemoveAt(0);
        }

        // The node's own variable works too, so a container needs the secret only once.
        var secret = Environment.GetEnvironmentVariable("EXPRESSIVITY_SECRET") is { Length: > 0 } s
            ? s
            : Environment.GetEnvironmentVariable("EXPRESSIVITY_CommandHost__Secret");
        var i = rest.IndexOf("--secret");
        if (i >= 0)
        {
            if (i + 1 >= rest.Count) throw new ArgumentException("--secret needs a value");
            secret = rest[i + 1];
            rest.RemoveRange(i, 2);
        }

        return new CliArguments(host, port, string.IsNullOrEmpty(secret) ? null : secret, rest);
    }

    /// <summary>Splits an interactive line into words; double quotes group words.</summary>
    public static IReadOnlyList<string> SplitLine(string line) =>
        Word().Matches(line).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Value).ToList();

    [GeneratedRegex(@"^(?<host>\[[0-9a-fA-F:]+\]|[A-Za-z0-9.\-]+):(?<port>\d{1,5})$")]
    private static partial Regex Endpoint();

    [GeneratedRegex("\"([^\"]*)\"|\\S+")]
    private static partial Regex Word();
}
