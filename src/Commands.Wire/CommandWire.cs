namespace Expressivity.Commands.Wire;

/// <summary>The framing of the wire: one JSON request line in; output lines back, ending with <c>#END &lt;exit code&gt;</c>.</summary>
public static class CommandWire
{
    /// <summary>Prefix of the final line.</summary>
    public const string EndMarker = "#END ";

    /// <summary>Default largest request line (CommandHost:MaxRequestBytes; a spec file is small).</summary>
    public const int MaxRequestBytes = 1 << 20;

    /// <summary>The final line for <paramref name="code"/>.</summary>
    public static string EndLine(int code) => $"{EndMarker}{code}";

    /// <summary>The exit code of a final line, or null when <paramref name="line"/> is an output line.</summary>
    public static int? ParseEnd(string line) =>
        !line.StartsWith(EndMarker, StringComparison.Ordinal) ? null
        : int.TryParse(line.AsSpan(EndMarker.Length), out var code) ? code : 1;
}
