using Expressivity.Actors.Hosting;
using k8s.Models;
using Xunit;

namespace Expressivity.Deployment.Tests.Kubernetes;

/// <summary>
/// k8s/ cluster formation against the node's settings: Kubernetes API discovery of the seed pods
/// (label selector, management port, required contact points), the RBAC that lets the pods list pods,
/// and the HTTP probes on the routes the node serves.
/// </summary>
public sealed class KubernetesBootstrapTests
{
    private const string Seed = "expressivity-seed";

    public static TheoryData<string> NodeSets => [.. KubernetesDeployment.Nodes.Keys];

    private static IEnumerable<V1StatefulSet> StatefulSets => KubernetesDeployment.Objects.OfType<V1StatefulSet>();

    [Theory]
    [MemberData(nameof(NodeSets))]
    public void NodesBootstrapThroughTheKubernetesApiWithNoSeedList(string statefulSet)
    {
        var settings = KubernetesDeployment.Settings(statefulSet);
        Assert.Equal(DiscoveryMode.Kubernetes, settings.Node.Discovery);
        Assert.Empty(settings.Node.Seeds);
        Assert.True(settings.Node.ServesManagement);
        // Every node looks for the same contact points.
        Assert.Equal(KubernetesDeployment.Settings(Seed).Node.Bootstrap, settings.Node.Bootstrap);
    }

    [Fact]
    public void TheContactPointsAreExactlyTheSeedPodsAndAllOfThemAreRequired()
    {
        var bootstrap = KubernetesDeployment.Settings(Seed).Node.Bootstrap;
        var selector = LabelSelector.Parse(string.Format(bootstrap.PodLabelSelector, bootstrap.ServiceName));
        var matched = StatefulSets.Where(s => selector.Matches(s.Spec.Template.Metadata.Labels)).Select(s => s.Metadata.Name);
        // Workers never form a cluster of their own: only seed pods may be the first member.
        Assert.Equal([Seed], matched);
        // Fewer than all seed replicas could form two clusters on a first start; more could never form one.
        Assert.Equal(KubernetesDeployment.Get<V1StatefulSet>(Seed).Spec.Replicas, bootstrap.RequiredContactPoints);
    }

    [Fact]
    public void TheDiscoveredPortIsTheSeedsManagementEndpoint()
    {
        var settings = KubernetesDeployment.Settings(Seed);
        // Akka.Discovery.KubernetesApi takes the first container port whose name contains PortName.
        var port = KubernetesDeployment.Container(Seed).Ports.First(p => p.Name.Contains(settings.Node.Bootstrap.PortName, StringComparison.Ordinal));
        Assert.Equal(settings.Node.Management.Port, port.ContainerPort);
    }

    [Theory]
    [MemberData(nameof(NodeSets))]
    public void ManagementListensOnThePodNetworkAndAdvertisesThePodIp(string statefulSet)
    {
        var node = KubernetesDeployment.Settings(statefulSet).Node;
        // The kubelet's probes and the other nodes' bootstrap come from outside the pod.
        Assert.Equal("0.0.0.0", node.Management.Host);
        // Bootstrap recognises itself among the discovered pods (raw pod IPs) by this address.
        Assert.Equal(ContainerEnvironment.PodIp, node.ManagementPublicHostname);
    }

    [Fact]
    public void NodePodsRunAsAServiceAccountThatMayOnlyReadPods()
    {
        var account = Assert.Single(KubernetesDeployment.Objects.OfType<V1ServiceAccount>());
        Assert.All(KubernetesDeployment.Nodes.Keys, s => Assert.Equal(account.Metadata.Name, KubernetesDeployment.Get<V1StatefulSet>(s).Spec.Template.Spec.ServiceAccountName));
        var binding = Assert.Single(KubernetesDeployment.Objects.OfType<V1RoleBinding>());
        var subject = Assert.Single(binding.Subjects);
        Assert.Equal(("ServiceAccount", account.Metadata.Name), (subject.Kind, subject.Name));
        Assert.Equal(("rbac.authorization.k8s.io", "Role"), (binding.RoleRef.ApiGroup, binding.RoleRef.Kind));
        var role = KubernetesDeployment.Get<V1Role>(binding.RoleRef.Name);
        var rule = Assert.Single(role.Rules);
        Assert.Equal([""], rule.ApiGroups);
        Assert.Equal(["pods"], rule.Resources);
        Assert.Equal(["get", "list", "watch"], rule.Verbs.Order());
        // The other node pods (postgres) need no API access.
        Assert.Null(KubernetesDeployment.Get<V1StatefulSet>("expressivity-postgres").Spec.Template.Spec.ServiceAccountName);
    }

    [Theory]
    [MemberData(nameof(NodeSets))]
    public void ProbesAreHttpGetsOnTheHealthRoutesOfTheManagementPort(string statefulSet)
    {
        var settings = KubernetesDeployment.Settings(statefulSet);
        var container = KubernetesDeployment.Container(statefulSet);
        var probes = new[] { (container.StartupProbe, HealthRoutes.LivePath), (container.ReadinessProbe, HealthRoutes.ReadyPath), (container.LivenessProbe, HealthRoutes.LivePath) };
        foreach (var (probe, path) in probes)
        {
            Assert.Null(probe.Exec);
            Assert.Equal(path, probe.HttpGet.Path);
            Assert.True(probe.HttpGet.Scheme is null or "HTTP");
            var port = container.Ports.Single(p => p.Name == probe.HttpGet.Port.Value);
            Assert.Equal(settings.Node.Management.Port, port.ContainerPort);
        }

        // The startup probe allows three minutes for the first start.
        Assert.True(container.StartupProbe.PeriodSeconds * container.StartupProbe.FailureThreshold >= 180);
    }
}
