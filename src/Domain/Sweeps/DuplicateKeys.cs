using System.Text.Json;

namespace Expressivity.Domain.Sweeps;

/// <summary>
/// JSON allows an object to repeat a key and System.Text.Json keeps every copy, the last one winning
/// on lookup: a spec reading <c>"kind"</c> twice would mean what its last line says. Every repeat, at
/// any depth, is refused naming its dotted path.
/// </summary>
public static class DuplicateKeys
{
    /// <summary>Throws <see cref="SpecException"/> on the first repeated key in <paramref name="element"/>.</summary>
    public static void Refuse(JsonElement element, string path = "")
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    var field = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
                    if (!seen.Add(property.Name)) throw new SpecException(field, "appears more than once");
                    Refuse(property.Value, field);
                }

                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray()) Refuse(item, $"{path}[{i++}]");
                break;
        }
    }
}
