namespace Expressivity.Commands.Wire;

/// <summary>
/// One request on the command host's wire: a single JSON line with a fixed shape (no type names).
/// <see cref="Attachment"/> carries a file the client read for the command (the spec of <c>sweep start</c>).
/// </summary>
public sealed record CommandRequest(string? Secret, IReadOnlyList<string> Args, string? Attachment);
