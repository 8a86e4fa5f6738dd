using System.Text.Json.Nodes;

namespace Expressivity.Domain.Tests.Sweeps;

/// <summary>
/// The malformed variants of a valid spec, one per field at any depth: the field removed, its value
/// replaced by one of the wrong JSON type, and an unknown field added to every object. Each variant
/// carries the dotted path (<c>a.b[2].c</c>, as <see cref="Domain.Sweeps.SpecException.Field"/> writes
/// it) that the error must name.
/// </summary>
public static class SpecMutations
{
    /// <summary>What was done to the field.</summary>
    public enum Mutation
    {
        /// <summary>The field was removed (optional fields may then parse).</summary>
        Removed,

        /// <summary>The value was replaced by one of another JSON type.</summary>
        WrongType,

        /// <summary>An unknown field was added to this object.</summary>
        Unknown,
    }

    /// <summary>Every variant of <paramref name="json"/>.</summary>
    public static IEnumerable<(string Path, Mutation Mutation, string Json)> Of(string json)
    {
        var root = JsonNode.Parse(json)!;
        foreach (var (path, node) in Walk(root, ""))
        {
            if (node is JsonObject)
                yield return (Join(path, "bogusField"), Mutation.Unknown, Mutate(json, path, n => ((JsonObject)n!)["bogusField"] = 1));
            if (path.Length == 0) continue;
            yield return (path, Mutation.WrongType, Replace(json, path, WrongValue(node)));
            if (!path.EndsWith(']')) yield return (path, Mutation.Removed, Replace(json, path, null, remove: true));
        }
    }

    private static JsonNode WrongValue(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String ? JsonValue.Create(12345) : JsonValue.Create("wrong");

    private static IEnumerable<(string Path, JsonNode? Node)> Walk(JsonNode? node, string path)
    {
        yield return (path, node);
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, child) in o)
                {
                    foreach (var inner in Walk(child, Join(path, key))) yield return inner;
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    foreach (var inner in Walk(a[i], $"{path}[{i}]")) yield return inner;
                }

                break;
        }
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    // Re-parses the original each time so variants never share nodes.
    private static string Mutate(string json, string path, Action<JsonNode?> change)
    {
        var root = JsonNode.Parse(json)!;
        change(Walk(root, "").First(p => p.Path == path).Node);
        return root.ToJsonString();
    }

    private static string Replace(string json, string path, JsonNode? value, bool remove = false)
    {
        var root = JsonNode.Parse(json)!;
        var node = Walk(root, "").First(p => p.Path == path).Node!;
        var parent = node.Parent!;
        if (parent is JsonObject o)
        {
            var key = o.First(kv => ReferenceEquals(kv.Value, node)).Key;
            if (remove) o.Remove(key);
            else o[key] = value;
        }
        else
        {
            var a = (JsonArray)parent;
            a[a.IndexOf(node)] = value;
        }

        return root.ToJsonString();
    }
}
