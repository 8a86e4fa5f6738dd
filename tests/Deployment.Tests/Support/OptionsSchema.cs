using System.Collections;
using System.Reflection;
using Expressivity.Actors.Hosting;

namespace Expressivity.Deployment.Tests.Support;

/// <summary>
/// The configuration keys a node understands, read by reflection from <see cref="NodeSettings"/>: its
/// constructor parameters are the sections (Node, Storage, ...) and their settable properties the keys.
/// A key outside a section is silently ignored by the binder, so deployment files are checked here.
/// </summary>
public static class OptionsSchema
{
    /// <summary>Section name (case-insensitive, as the binder matches) to options type.</summary>
    public static IReadOnlyDictionary<string, Type> Sections { get; } = typeof(NodeSettings)
        .GetConstructors().Single(c => c.GetParameters().Length > 1)
        .GetParameters().ToDictionary(p => p.Name!, p => p.ParameterType, StringComparer.OrdinalIgnoreCase);

    /// <summary>The configuration key of an environment variable (EXPRESSIVITY_Node__Port -> Node:Port), or null without the prefix.</summary>
    public static string? KeyOfEnvironmentVariable(string name) =>
        name.StartsWith(NodeEnvironment.Prefix, StringComparison.Ordinal)
            ? name[NodeEnvironment.Prefix.Length..].Replace("__", ":", StringComparison.Ordinal)
            : null;

    /// <summary>Why <paramref name="key"/> (Section:Property[:index]) binds to nothing, or null when it binds.</summary>
    public static string? Problem(string key)
    {
        var parts = key.Split(':');
        if (!Sections.TryGetValue(parts[0], out var type))
            return $"'{key}': no section '{parts[0]}' (sections: {string.Join(", ", Sections.Keys)})";
        if (parts.Length < 2) return $"'{key}': a section, not a setting";
        for (var i = 1; i < parts.Length; i++)
        {
            if (IsList(type, out var element))
            {
                if (!int.TryParse(parts[i], out _)) return $"'{key}': '{parts[i]}' is not a list index";
                type = element;
                continue;
            }

            var property = type.GetProperty(parts[i], BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null || property.SetMethod is null)
                return $"'{key}': {type.Name} has no settable property '{parts[i]}'";
            type = property.PropertyType;
        }

        return IsLeaf(type) ? null : $"'{key}': {type.Name} is not a single value";
    }

    private static bool IsList(Type type, out Type element)
    {
        element = typeof(object);
        if (type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type) || !type.IsGenericType) return false;
        element = type.GetGenericArguments()[0];
        return true;
    }

    private static bool IsLeaf(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(TimeSpan) || type == typeof(decimal);
    }
}
