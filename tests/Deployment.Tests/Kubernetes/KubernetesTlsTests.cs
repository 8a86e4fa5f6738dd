using Expressivity.Deployment.Tests.Support;
using k8s;
using k8s.Models;
using Xunit;

namespace Expressivity.Deployment.Tests.Kubernetes;

/// <summary>k8s/tls, the optional remoting TLS component: each node StatefulSet mounts the certificate Secret and sets Node:Tls.</summary>
public sealed class KubernetesTlsTests
{
    private const string SecretName = "expressivity-remoting-tls";

    public static TheoryData<string> NodeSets() => [.. KubernetesDeployment.Nodes.Keys];

    [Theory]
    [MemberData(nameof(NodeSets))]
    public void The_component_mounts_the_certificate_and_enables_tls(string statefulSet)
    {
        var patch = Assert.Single(KubernetesYaml.LoadAllFromString(RepositoryFiles.Read($"k8s/tls/{statefulSet["expressivity-".Length..]}-tls.yaml"), null, true).OfType<V1StatefulSet>());
        Assert.Equal(statefulSet, patch.Metadata.Name);
        var container = Assert.Single(patch.Spec.Template.Spec.Containers);
        Assert.Equal(KubernetesDeployment.Container(statefulSet).Name, container.Name);
        var env = container.Env.ToDictionary(e => e.Name);
        Assert.All(env.Keys, k => Assert.Null(OptionsSchema.Problem(OptionsSchema.KeyOfEnvironmentVariable(k)!)));
        Assert.Equal("true", env["EXPRESSIVITY_Node__Tls__Enabled"].Value);
        Assert.Equal(SecretName, env["EXPRESSIVITY_Node__Tls__CertificatePassword"].ValueFrom.SecretKeyRef.Name);

        var path = env["EXPRESSIVITY_Node__Tls__CertificatePath"].Value;
        var mount = Assert.Single(container.VolumeMounts);
        Assert.StartsWith(mount.MountPath + "/", path);
        var volume = Assert.Single(patch.Spec.Template.Spec.Volumes, v => v.Name == mount.Name);
        Assert.Equal(SecretName, volume.Secret.SecretName);
        Assert.Contains(volume.Secret.Items, i => i.Path == path[(mount.MountPath.Length + 1)..]);
        // The base mounts nothing at the same path.
        Assert.DoesNotContain(KubernetesDeployment.Container(statefulSet).VolumeMounts ?? [], m => m.MountPath == mount.MountPath);
    }

    [Fact]
    public void The_component_lists_both_patches()
    {
        var text = RepositoryFiles.Read("k8s/tls/kustomization.yaml");
        Assert.Contains("kind: Component", text);
        foreach (var set in KubernetesDeployment.Nodes.Keys) Assert.Contains($"- path: {set["expressivity-".Length..]}-tls.yaml", text);
    }
}
