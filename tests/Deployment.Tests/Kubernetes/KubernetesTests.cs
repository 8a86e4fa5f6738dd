using System.Net;
using System.Text.Json.Nodes;
using Expressivity.Actors.Hosting;
using Expressivity.Deployment.Tests.Docker;
using Expressivity.Deployment.Tests.Support;
using k8s;
using k8s.Models;
using Npgsql;
using Xunit;

namespace Expressivity.Deployment.Tests.Kubernetes;

/// <summary>k8s/ against the hosts' configuration contract, deploy/Dockerfile and each other.</summary>
public class KubernetesTests
{
    public static TheoryData<string> NodeSets => [.. KubernetesDeployment.Nodes.Keys];

    private const string Seed = "expressivity-seed";
    private const string Worker = "expressivity-worker";

    [Fact]
    public void KustomizationListsEveryManifestAndNoneSetsANamespace()
    {
        var files = Directory.GetFiles(RepositoryFiles.PathOf("k8s"), "*.yaml").Select(Path.GetFileName)
            .Where(f => f != "kustomization.yaml").Order();
        Assert.Equal(files, KubernetesDeployment.Kustomization.Resources.Order());
        Assert.Equal("Kustomization", KubernetesDeployment.Kustomization.Kind);
        Assert.All(KubernetesDeployment.Objects.Cast<IMetadata<V1ObjectMeta>>(), o => Assert.Null(o.Metadata.NamespaceProperty));
        var objects = KubernetesDeployment.Objects.Cast<IKubernetesObject<V1ObjectMeta>>().Select(o => $"{o.Kind}/{o.Metadata.Name}");
        Assert.Equal(
            ["ConfigMap/expressivity-config", "Secret/expressivity-secrets",
             "ServiceAccount/expressivity-node", "Role/expressivity-pod-reader", "RoleBinding/expressivity-node-reads-pods", "Service/expressivity-postgres", "StatefulSet/expressivity-postgres",
             "Service/expressivity-seed", "StatefulSet/expressivity-seed", "Service/expressivity-worker", "StatefulSet/expressivity-worker"],
            objects);
    }

    [Fact]
    public void EveryConfigurationKeyNamesAnOptionsProperty()
    {
        var names = KubernetesDeployment.Nodes.Keys.SelectMany(s => KubernetesDeployment.Container(s).Env)
            .Where(e => e.Name != CliCommands.SecretVariable)
            .Select(e => OptionsSchema.KeyOfEnvironmentVariable(e.Name)).OfType<string>().Distinct().ToList();
        Assert.True(names.Count >= 5, $"only {names.Count} variables found");
        Assert.All(names, k => Assert.Null(OptionsSchema.Problem(k)));

        var appsettings = JsonNode.Parse(KubernetesDeployment.MountedFile(Seed, "/etc/expressivity/appsettings.json"))!;
        var keys = Flatten(appsettings, "").ToList();
        Assert.True(keys.Count >= 8, $"only {keys.Count} keys in appsettings.json");
        Assert.All(keys, k => Assert.Null(OptionsSchema.Problem(k)));
    }

    [Fact]
    public void SeedIsASingleReplicaWithTheSeedAndCoordinatorRoles()
    {
        Assert.Equal(1, KubernetesDeployment.Get<V1StatefulSet>(Seed).Spec.Replicas);
        var seed = KubernetesDeployment.Settings(Seed);
        Assert.Equal([ClusterRoles.Seed, ClusterRoles.Coordinator], seed.Node.Roles);
        Assert.Equal("0.0.0.0", seed.Node.Hostname);
        Assert.Equal($"{Seed}-0.{KubernetesDeployment.Get<V1StatefulSet>(Seed).Spec.ServiceName}", seed.Node.PublicHostname);
        Assert.Equal(4053, seed.Node.Port);
        Assert.Equal(9110, seed.CommandHost.Port);
    }

    [Fact]
    public void WorkersAdvertiseTheirPodsDnsName()
    {
        var workers = KubernetesDeployment.Get<V1StatefulSet>(Worker);
        Assert.True(workers.Spec.Replicas > 1);
        for (var ordinal = 0; ordinal < workers.Spec.Replicas; ordinal++)
        {
            var worker = KubernetesDeployment.Settings(Worker, ordinal);
            Assert.Equal([ClusterRoles.Worker], worker.Node.Roles);
            Assert.Equal($"{Worker}-{ordinal}.{workers.Spec.ServiceName}", worker.Node.PublicHostname);
            Assert.Equal(4054, worker.Node.Port);
        }
    }

    [Theory]
    [MemberData(nameof(NodeSets))]
    public void HeadlessServiceGivesPodsNamesBeforeTheyAreReady(string statefulSet)
    {
        var set = KubernetesDeployment.Get<V1StatefulSet>(statefulSet);
        var service = KubernetesDeployment.Get<V1Service>(set.Spec.ServiceName);
        Assert.Equal("None", service.Spec.ClusterIP);
        Assert.True(service.Spec.PublishNotReadyAddresses);
        Assert.All(service.Spec.Selector, s => Assert.Equal(s.Value, set.Spec.Template.Metadata.Labels[s.Key]));
        Assert.All(set.Spec.Selector.MatchLabels, s => Assert.Equal(s.Value, set.Spec.Template.Metadata.Labels[s.Key]));
        var settings = KubernetesDeployment.Settings(statefulSet);
        var remoting = service.Spec.Ports.Single(p => p.Name == "remoting");
        Assert.Equal(settings.Node.Port, remoting.Port);
        Assert.Equal(settings.Node.Port, ContainerPort(statefulSet, remoting.TargetPort.Value));
        var management = service.Spec.Ports.Single(p => p.Name == "management");
        Assert.Equal(settings.Node.Management.Port, management.Port);
        Assert.Equal(settings.Node.Management.Port, ContainerPort(statefulSet, management.TargetPort.Value));
    }

    [Theory]
    [MemberData(nameof(NodeSets))]
    public void ContainerPortsAreTheLoadedSettings(string statefulSet)
    {
        var settings = KubernetesDeployment.Settings(statefulSet);
        var metricsPort = settings.Metrics.PrometheusEndpoint.Port;
        Assert.Equal(settings.Node.Port, ContainerPort(statefulSet, "remoting"));
        Assert.Equal(settings.CommandHost.Port, ContainerPort(statefulSet, "command"));
        Assert.Equal(metricsPort, ContainerPort(statefulSet, "metrics"));
        Assert.Equal("prometheus", settings.Metrics.Exporter);
        Assert.Equal("+", settings.Metrics.PrometheusEndpoint.Host);
        var annotations = KubernetesDeployment.Get<V1StatefulSet>(statefulSet).Spec.Template.Metadata.Annotations;
        Assert.Equal(metricsPort.ToString(), annotations["prometheus.io/port"]);
        var exposed = DockerImages.File.All(KubernetesDeployment.Nodes[statefulSet], "EXPOSE").SelectMany(e => e.Arguments.Split(' ')).Select(int.Parse);
        Assert.Equal(settings.Node.Management.Port, ContainerPort(statefulSet, "management"));
        Assert.Equal([settings.Node.Port, settings.CommandHost.Port, metricsPort, settings.Node.Management.Port], exposed);
    }

    [Theory]
    [MemberData(nameof(NodeSets))]
    public void CommandHostBeyondLoopbackTakesItsSecretFromTheSecret(string statefulSet)
    {
        var settings = KubernetesDeployment.Settings(statefulSet);
        Assert.False(settings.CommandHost.IsLoopback);
        var variable = KubernetesDeployment.Container(statefulSet).Env.Single(e => e.Name == "EXPRESSIVITY_CommandHost__Secret");
        var reference = variable.ValueFrom.SecretKeyRef;
        Assert.NotNull(reference);
        Assert.Equal(KubernetesDeployment.Get<V1Secret>(reference.Name).StringData[reference.Key], settings.CommandHost.Secret);
    }

    [Fact]
    public void SecretValuesArePlaceholdersMarkedChangeMe()
    {
        var secrets = KubernetesDeployment.Objects.OfType<V1Secret>().ToList();
        Assert.Equal(["command-host-secret", "postgres-password"], Assert.Single(secrets).StringData.Keys.Order());
        Assert.All(secrets.SelectMany(s => s.StringData.Values), v => Assert.StartsWith("CHANGE-ME", v));
        Assert.Null(secrets[0].Data);
    }

    [Theory]
    [MemberData(nameof(NodeSets))]
    public void PreStopLeavesTheClusterThroughTheClientOnTheNodesCommandPort(string statefulSet)
    {
        var settings = KubernetesDeployment.Settings(statefulSet);
        var container = KubernetesDeployment.Container(statefulSet);
        Assert.Equal("cluster leave", Call(container.Lifecycle.PreStop.Exec.Command, settings));
        Assert.Equal(settings.CommandHost.Secret, KubernetesDeployment.Environment(statefulSet)[CliCommands.SecretVariable]);
        Assert.True(KubernetesDeployment.Get<V1StatefulSet>(statefulSet).Spec.Template.Spec.TerminationGracePeriodSeconds >= 30);
    }

    [Fact]
    public void EveryContainerRequestsCpuAndMemory()
    {
        var containers = KubernetesDeployment.Objects.OfType<V1StatefulSet>().SelectMany(s => s.Spec.Template.Spec.Containers).ToList();
        Assert.Equal(3, containers.Count);
        Assert.All(containers, c => Assert.True(c.Resources.Requests.ContainsKey("cpu") && c.Resources.Requests.ContainsKey("memory"), c.Name));
    }

    [Fact]
    public void WorkerCapacityIsItsRequestedCores()
    {
        var requested = KubernetesDeployment.Container(Worker).Resources.Requests["cpu"].ToDecimal();
        Assert.Equal((int)Math.Ceiling(requested), KubernetesDeployment.Settings(Worker).Worker.Capacity);
        Assert.True(requested >= 1);
    }

    [Theory]
    [MemberData(nameof(NodeSets))]
    public void NodePodsRunAsTheImagesNonRootUser(string statefulSet)
    {
        var security = KubernetesDeployment.Get<V1StatefulSet>(statefulSet).Spec.Template.Spec.SecurityContext;
        Assert.True(security.RunAsNonRoot);
        Assert.Equal(DockerImages.UserId(KubernetesDeployment.Nodes[statefulSet]), security.RunAsUser);
    }

    [Theory]
    [MemberData(nameof(NodeSets))]
    public void ImagesAreTheDockerfileTargetsAndKustomizeNamesThem(string statefulSet)
    {
        var image = KubernetesDeployment.Container(statefulSet).Image;
        Assert.Equal($"expressivity/{KubernetesDeployment.Nodes[statefulSet]}", image);
        Assert.Contains(image, KubernetesDeployment.Kustomization.Images.Select(i => i.Name));
        Assert.Contains(image, new[] { ComposeImage("seed"), ComposeImage("worker") });
    }

    [Theory]
    [MemberData(nameof(NodeSets))]
    public void NodesStoreInTheInClusterPostgres(string statefulSet)
    {
        var settings = KubernetesDeployment.Settings(statefulSet);
        Assert.True(settings.Storage.IsPostgres);
        var connection = new NpgsqlConnectionStringBuilder(settings.Storage.ConnectionString);
        var postgresSet = KubernetesDeployment.Get<V1StatefulSet>("expressivity-postgres");
        var postgres = KubernetesDeployment.Environment("expressivity-postgres");
        Assert.Equal(postgresSet.Spec.ServiceName, connection.Host);
        Assert.Equal(KubernetesDeployment.Get<V1Service>(connection.Host!).Spec.Ports.Single().Port, connection.Port);
        Assert.Equal(postgres["POSTGRES_DB"], connection.Database);
        Assert.Equal(postgres["POSTGRES_USER"], connection.Username);
        Assert.Equal(postgres["POSTGRES_PASSWORD"], connection.Password);
    }

    [Fact]
    public void PostgresIsVersion15OnAPersistentVolumeWithPgIsReady()
    {
        var set = KubernetesDeployment.Get<V1StatefulSet>("expressivity-postgres");
        var container = set.Spec.Template.Spec.Containers.Single();
        Assert.Equal("postgres:15", container.Image);
        Assert.Equal(1, set.Spec.Replicas);
        var claim = Assert.Single(set.Spec.VolumeClaimTemplates);
        Assert.Equal(claim.Metadata.Name, container.VolumeMounts.Single().Name);
        Assert.StartsWith(container.VolumeMounts.Single().MountPath + "/", KubernetesDeployment.Environment("expressivity-postgres")["PGDATA"]);
        Assert.Equal("pg_isready", container.ReadinessProbe.Exec.Command[0]);
    }

    private static string Call(IList<string> command, NodeSettings settings)
    {
        var call = CliCommands.Parse([.. command]);
        Assert.True(IPAddress.IsLoopback(call.Endpoint.Address));
        Assert.Equal(settings.CommandHost.Port, call.Endpoint.Port);
        Assert.Contains(call.Command, CliCommands.Known);
        return call.Command;
    }

    private static int? ContainerPort(string statefulSet, string name) =>
        KubernetesDeployment.Container(statefulSet).Ports.SingleOrDefault(p => p.Name == name)?.ContainerPort;

    private static string ComposeImage(string service) => Compose.ComposeDeployment.Raw.Service(service).Image!.Split(':')[0];

    private static IEnumerable<string> Flatten(JsonNode node, string prefix) => node switch
    {
        JsonObject o => o.SelectMany(p => Flatten(p.Value!, prefix.Length == 0 ? p.Key : $"{prefix}:{p.Key}")),
        JsonArray a => a.SelectMany((v, i) => Flatten(v!, $"{prefix}:{i}")),
        _ => [prefix],
    };
}
