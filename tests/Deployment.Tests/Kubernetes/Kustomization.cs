using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Expressivity.Deployment.Tests.Kubernetes;

/// <summary>The parts of kustomization.yaml used in k8s/ (strict: an unknown key fails the load).</summary>
public sealed class Kustomization
{
    /// <summary>kustomize.config.k8s.io/v1beta1.</summary>
    public string ApiVersion { get; set; } = "";

    /// <summary>Kustomization.</summary>
    public string Kind { get; set; } = "";

    /// <summary>Manifest files, in apply order.</summary>
    public List<string> Resources { get; set; } = [];

    /// <summary>Image name rewrites.</summary>
    public List<KustomizeImage> Images { get; set; } = [];

    /// <summary>Parses the YAML.</summary>
    public static Kustomization Parse(string yaml) =>
        new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build().Deserialize<Kustomization>(yaml);
}

/// <summary>One images: entry.</summary>
public sealed class KustomizeImage
{
    /// <summary>The image name used in the manifests.</summary>
    public string Name { get; set; } = "";

    /// <summary>Replacement repository.</summary>
    public string? NewName { get; set; }

    /// <summary>Replacement tag.</summary>
    public string? NewTag { get; set; }
}
