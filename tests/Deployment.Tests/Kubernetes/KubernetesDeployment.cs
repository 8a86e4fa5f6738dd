using Expressivity.Actors.Hosting;
using Expressivity.Deployment.Tests.Support;
using k8s;
using k8s.Models;

namespace Expressivity.Deployment.Tests.Kubernetes;

/// <summary>The k8s/ manifests loaded with KubernetesClient's typed models, and the settings each node loads from them.</summary>
public static class KubernetesDeployment
{
    /// <summary>k8s/kustomization.yaml.</summary>
    public static Kustomization Kustomization { get; } = Kustomization.Parse(RepositoryFiles.Read("k8s/kustomization.yaml"));

    /// <summary>Every object of every listed manifest (strict: unknown fields fail the load).</summary>
    public static IReadOnlyList<object> Objects { get; } = Kustomization.Resources
        .SelectMany(f => KubernetesYaml.LoadAllFromString(RepositoryFiles.Read("k8s/" + f), null, true)).ToList();

    /// <summary>The node StatefulSets and the Dockerfile target of the image each runs.</summary>
    public static IReadOnlyDictionary<string, string> Nodes { get; } =
        new Dictionary<string, string> { ["expressivity-seed"] = "seed", ["expressivity-worker"] = "worker" };

    /// <summary>The object of type <typeparamref name="T"/> called <paramref name="name"/>.</summary>
    public static T Get<T>(string name) where T : IMetadata<V1ObjectMeta> =>
        Objects.OfType<T>().SingleOrDefault(o => o.Metadata.Name == name)
            ?? throw new KeyNotFoundException($"k8s/ has no {typeof(T).Name} {name}");

    /// <summary>The single container of a StatefulSet's pods.</summary>
    public static V1Container Container(string statefulSet) => Get<V1StatefulSet>(statefulSet).Spec.Template.Spec.Containers.Single();

    /// <summary>The environment pod <paramref name="ordinal"/> of a StatefulSet gets.</summary>
    public static Dictionary<string, string> Environment(string statefulSet, int ordinal = 0) =>
        ContainerEnvironment.Resolve(Container(statefulSet), $"{statefulSet}-{ordinal}", Objects);

    /// <summary>The settings the host in pod <paramref name="ordinal"/> of a node StatefulSet loads.</summary>
    public static NodeSettings Settings(string statefulSet, int ordinal = 0)
    {
        var container = Container(statefulSet);
        var args = container.Args?.ToList() ?? [];
        if (container.Command is not null) throw new InvalidOperationException($"{statefulSet} replaces the image's ENTRYPOINT");
        if (args.Count == 0 || args[0] != "serve") throw new InvalidOperationException($"{statefulSet} does not run `serve`");
        var files = new List<string>();
        try
        {
            for (var i = 1; i < args.Count - 1; i++)
            {
                if (args[i] != "--config") continue;
                files.Add(Path.GetTempFileName());
                File.WriteAllText(files[^1], MountedFile(statefulSet, args[i + 1]));
                args[i + 1] = files[^1];
            }

            var defaults = Nodes[statefulSet] == "seed" ? RoleDefaults.Seed : RoleDefaults.Worker;
            return NodeEnvironment.Load(Environment(statefulSet, ordinal), [.. args.Skip(1)], defaults);
        }
        finally
        {
            files.ForEach(File.Delete);
        }
    }

    /// <summary>The content of the ConfigMap file mounted at <paramref name="path"/> in a StatefulSet's container.</summary>
    public static string MountedFile(string statefulSet, string path)
    {
        var pod = Get<V1StatefulSet>(statefulSet).Spec.Template.Spec;
        var mount = Container(statefulSet).VolumeMounts?.SingleOrDefault(m => m.SubPath is null && path.StartsWith(m.MountPath.TrimEnd('/') + "/", StringComparison.Ordinal))
            ?? throw new FileNotFoundException($"{statefulSet}: nothing is mounted at {path}");
        var map = pod.Volumes.Single(v => v.Name == mount.Name).ConfigMap
            ?? throw new InvalidOperationException($"{statefulSet}: volume {mount.Name} is not a ConfigMap");
        var key = path[(mount.MountPath.TrimEnd('/').Length + 1)..];
        return Get<V1ConfigMap>(map.Name).Data.TryGetValue(key, out var text) ? text
            : throw new FileNotFoundException($"{statefulSet}: ConfigMap {map.Name} has no key {key} for {path}");
    }
}
