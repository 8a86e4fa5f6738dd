namespace Expressivity.Actors.Commands;

/// <summary>
/// One request on the command host's wire: a single JSON line with a fixed shape (no type names).
/// <see cref="Attachment"/> carries a file the client read for the command (the spec of <c>sweep start</c>).
/// </summary>
public sealed record CommandRequest(string? Secret, IReadOnlyList<string> Args, string? Attachment);

/// <summary>The line that ends every response: <c>#END &lt;exit code&gt;</c>.</summary>
public static class CommandWire
{
    /// <summary>Prefix of the final line.</summary>
    public const string EndMarker = "#END ";

    /// <summary>Default largest request line (CommandHost:MaxRequestBytes; a spec file is small).</summary>
    public const int MaxRequestBytes = 1 << 20;
}
