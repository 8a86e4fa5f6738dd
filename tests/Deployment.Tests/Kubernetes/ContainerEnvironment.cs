using System.Text;
using System.Text.RegularExpressions;
using k8s.Models;

namespace Expressivity.Deployment.Tests.Kubernetes;

/// <summary>
/// The environment the kubelet gives a container: literal values with $(VAR) references to variables
/// defined earlier in the list expanded ($$ escapes), and the valueFrom sources the manifests use.
/// </summary>
public static partial class ContainerEnvironment
{
    /// <summary>The pod IP the tests give status.podIP (a documentation address, never contacted).</summary>
    public const string PodIp = "192.0.2.17";

    /// <summary>Resolves <paramref name="container"/>'s env for the pod named <paramref name="podName"/>.</summary>
    public static Dictionary<string, string> Resolve(V1Container container, string podName, IReadOnlyList<object> objects)
    {
        var environment = new Dictionary<string, string>();
        foreach (var variable in container.Env ?? [])
        {
            environment[variable.Name] = variable.ValueFrom is { } from
                ? ValueFrom(from, container, podName, objects)
                : Expand(variable.Value ?? "", environment);
        }

        return environment;
    }

    private static string Expand(string value, Dictionary<string, string> defined) =>
        Reference().Replace(value, m => m.Value == "$$" ? "$"
            : defined.TryGetValue(m.Groups["name"].Value, out var v) ? v : m.Value);

    private static string ValueFrom(V1EnvVarSource from, V1Container container, string podName, IReadOnlyList<object> objects)
    {
        if (from.FieldRef is { } field)
        {
            return field.FieldPath switch
            {
                "metadata.name" => podName,
                "status.podIP" => PodIp,
                _ => throw new NotSupportedException($"fieldRef {field.FieldPath}"),
            };
        }

        if (from.SecretKeyRef is { } secretKey)
        {
            var secret = objects.OfType<V1Secret>().SingleOrDefault(s => s.Metadata.Name == secretKey.Name)
                ?? throw new KeyNotFoundException($"no Secret {secretKey.Name}");
            if (secret.StringData?.TryGetValue(secretKey.Key, out var text) == true) return text;
            if (secret.Data?.TryGetValue(secretKey.Key, out var bytes) == true) return Encoding.UTF8.GetString(bytes);
            throw new KeyNotFoundException($"Secret {secretKey.Name} has no key {secretKey.Key}");
        }

        if (from.ConfigMapKeyRef is { } mapKey)
        {
            var map = objects.OfType<V1ConfigMap>().SingleOrDefault(m => m.Metadata.Name == mapKey.Name)
                ?? throw new KeyNotFoundException($"no ConfigMap {mapKey.Name}");
            return map.Data.TryGetValue(mapKey.Key, out var value) ? value : throw new KeyNotFoundException($"ConfigMap {mapKey.Name} has no key {mapKey.Key}");
        }

        if (from.ResourceFieldRef is { } resource)
        {
            // requests.cpu / limits.memory ...: the quantity divided by the divisor, rounded up.
            var parts = resource.Resource.Split('.');
            var quantities = parts[0] == "requests" ? container.Resources?.Requests : container.Resources?.Limits;
            if (quantities is null || !quantities.TryGetValue(parts[1], out var quantity))
                throw new KeyNotFoundException($"container {container.Name} sets no {resource.Resource}");
            var divisor = resource.Divisor?.ToDecimal() ?? 1m;
            return ((long)Math.Ceiling(quantity.ToDecimal() / divisor)).ToString();
        }

        throw new NotSupportedException("unsupported valueFrom");
    }

    [GeneratedRegex(@"\$\$|\$\((?<name>[A-Za-z_][A-Za-z0-9_.-]*)\)")]
    private static partial Regex Reference();
}
