using System.Text.Json;

namespace Expressivity.Actors.Commands;

/// <summary>The <c>--json</c> form of a listing: one JSON document on one line, camelCase names, for scripts.</summary>
public static class CommandJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerOptions.Web);

    /// <summary>True when the command's arguments ask for JSON.</summary>
    public static bool Wanted(IReadOnlyList<string> args) => args.Contains("--json");

    /// <summary>Writes <paramref name="value"/> as one line of JSON.</summary>
    public static void Write<T>(TextWriter output, T value) => output.WriteLine(JsonSerializer.Serialize(value, Options));
}
