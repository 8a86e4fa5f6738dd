using Expressivity.Actors.Hosting;
using Expressivity.Deployment.Tests.Docker;
using Expressivity.Deployment.Tests.Support;
using Npgsql;
using Xunit;

namespace Expressivity.Deployment.Tests.Compose;

/// <summary>docker-compose.yml against the hosts' configuration contract and deploy/Dockerfile.</summary>
public class ComposeTests
{
    private static readonly ComposeFile Raw = ComposeDeployment.Raw;
    private static readonly ComposeFile Resolved = ComposeDeployment.Resolved;

    [Fact]
    public void EveryExpressivityVariableNamesAnOptionsProperty()
    {
        var names = Raw.Services.Values.SelectMany(s => s.Environment.Keys).Concat(Raw.NodeEnvironment!.Keys)
            .Where(n => n.StartsWith(NodeEnvironment.Prefix, StringComparison.Ordinal) && n != CliCommands.SecretVariable).Distinct().ToList();
        Assert.True(names.Count >= 10, $"only {names.Count} variables found");
        Assert.All(names, n => Assert.Null(OptionsSchema.Problem(OptionsSchema.KeyOfEnvironmentVariable(n)!)));
    }

    [Fact]
    public void SeedLoadsTheSeedAndCoordinatorRolesOnItsServiceName()
    {
        var seed = ComposeDeployment.Settings("seed");
        Assert.Equal([ClusterRoles.Seed, ClusterRoles.Coordinator], seed.Node.Roles);
        Assert.Equal("0.0.0.0", seed.Node.Hostname);
        Assert.Equal("seed", seed.Node.PublicHostname);
        Assert.Equal(4053, seed.Node.Port);
        Assert.Equal(9110, seed.CommandHost.Port);
    }

    [Fact]
    public void ScaledWorkersHaveNoFixedNameHostnameOrHostPort()
    {
        var worker = Raw.Service("worker");
        Assert.Null(worker.ContainerName);
        Assert.Null(worker.Hostname);
        Assert.Empty(worker.Ports);
        // Each replica advertises its own address: the image's entrypoint script fills it in.
        Assert.DoesNotContain("EXPRESSIVITY_Node__PublicHostname", worker.Environment.Keys);
        Assert.Equal("/app/docker-entrypoint.sh", DockerImages.File.Effective(worker.Build!.Target!, "ENTRYPOINT")!.ExecForm()[0]);
    }

    [Theory]
    [InlineData("seed")]
    [InlineData("worker")]
    public void CommandHostBeyondLoopbackHasARequiredSecret(string service)
    {
        var settings = ComposeDeployment.Settings(service);
        Assert.False(settings.CommandHost.IsLoopback);
        Assert.Equal(ComposeDeployment.Variables["EXPRESSIVITY_COMMAND_SECRET"], settings.CommandHost.Secret);
        // No default: compose refuses to start while the variable is unset.
        var raw = Raw.Service(service).Environment["EXPRESSIVITY_CommandHost__Secret"];
        Assert.Equal(["EXPRESSIVITY_COMMAND_SECRET"], ComposeInterpolation.RequiredVariables(raw));
        Assert.Throws<InvalidOperationException>(() => ComposeFile.Parse(RepositoryFiles.Read("docker-compose.yml"),
            ComposeDeployment.Variables.Where(v => v.Key != "EXPRESSIVITY_COMMAND_SECRET").ToDictionary()));
    }

    [Fact]
    public void TheClientServiceCarriesTheSameSecret()
    {
        var cli = Resolved.Service("cli");
        Assert.Equal(ComposeDeployment.Settings("seed").CommandHost.Secret, cli.Environment[CliCommands.SecretVariable]);
        Assert.Equal(["tools"], cli.Profiles);
    }

    [Fact]
    public void OnlyTheSeedCommandHostIsPublishedAndOnlyOnLoopback()
    {
        var seed = ComposeDeployment.Settings("seed");
        var published = Assert.Single(Raw.Services.Values.SelectMany(s => s.Ports));
        Assert.Equal(published, Assert.Single(Raw.Service("seed").Ports));
        var parts = published.Split(':');
        Assert.Equal(["127.0.0.1", seed.CommandHost.Port.ToString(), seed.CommandHost.Port.ToString()], parts);
    }

    [Theory]
    [InlineData("seed")]
    [InlineData("worker")]
    public void HealthCheckRunsNodeHealthOnTheNodesOwnCommandPort(string service)
    {
        var settings = ComposeDeployment.Settings(service);
        var test = Raw.Service(service).Healthcheck!.Test;
        Assert.Equal("CMD", test[0]);
        var call = CliCommands.Parse(test[1..]);
        Assert.True(System.Net.IPAddress.IsLoopback(call.Endpoint.Address));
        Assert.Equal(settings.CommandHost.Port, call.Endpoint.Port);
        Assert.Equal("node health", call.Command);
        Assert.Contains(call.Command, CliCommands.Known);
        // The client in the container presents the node's own secret.
        Assert.Equal(settings.CommandHost.Secret, Resolved.Service(service).Environment[CliCommands.SecretVariable]);
    }

    [Fact]
    public void StartOrderWaitsForHealthyDependencies()
    {
        Assert.Equal("service_healthy", Raw.Service("seed").DependsOn["postgres"].Condition);
        Assert.Equal("service_healthy", Raw.Service("worker").DependsOn["seed"].Condition);
        foreach (var (name, service) in Raw.Services)
        {
            Assert.All(service.DependsOn, d => Assert.True(Raw.Service(d.Key).Healthcheck is not null || d.Value.Condition != "service_healthy",
                $"{name} waits for {d.Key} to be healthy, which has no health check"));
        }
    }

    [Theory]
    [InlineData("postgres")]
    [InlineData("seed")]
    [InlineData("worker")]
    public void LongRunningServicesRestart(string service) =>
        Assert.Contains(Raw.Service(service).Restart, new[] { "always", "unless-stopped", "on-failure" });

    [Fact]
    public void PostgresIsVersion15OnANamedVolumeWithPgIsReady()
    {
        var postgres = Raw.Service("postgres");
        Assert.Equal("postgres:15", postgres.Image);
        var volume = Assert.Single(postgres.Volumes).Split(':');
        Assert.Equal("/var/lib/postgresql/data", volume[1]);
        Assert.Contains(volume[0], Raw.Volumes.Keys);
        Assert.Equal(["CMD", "pg_isready"], postgres.Healthcheck!.Test[..2]);
        Assert.Equal(["POSTGRES_PASSWORD"], ComposeInterpolation.RequiredVariables(postgres.Environment["POSTGRES_PASSWORD"]));
    }

    [Theory]
    [InlineData("seed")]
    [InlineData("worker")]
    public void NodesStoreInTheComposePostgres(string service)
    {
        var settings = ComposeDeployment.Settings(service);
        Assert.True(settings.Storage.IsPostgres);
        var connection = new NpgsqlConnectionStringBuilder(settings.Storage.ConnectionString);
        var postgres = Resolved.Service("postgres").Environment;
        Assert.Equal("postgres", connection.Host);
        Assert.Equal(5432, connection.Port);
        Assert.Equal(postgres["POSTGRES_DB"], connection.Database);
        Assert.Equal(postgres["POSTGRES_USER"], connection.Username);
        Assert.Equal(postgres["POSTGRES_PASSWORD"], connection.Password);
    }

    [Theory]
    [InlineData("seed", "Expressivity.Seed.dll")]
    [InlineData("worker", "Expressivity.Worker.dll")]
    [InlineData("cli", "Expressivity.Cli.dll")]
    public void ServicesBuildTheirDockerfileTarget(string service, string assembly)
    {
        var build = Raw.Service(service).Build!;
        Assert.Equal(".", build.Context);
        Assert.Equal(DockerImages.Path, build.Dockerfile);
        var entrypoint = DockerImages.File.Effective(build.Target!, "ENTRYPOINT")!.ExecForm();
        Assert.EndsWith("/" + assembly, entrypoint[^1]);
    }

    [Theory]
    [InlineData("seed")]
    [InlineData("worker")]
    public void MetricsListenBeyondLoopbackOnTheExposedPort(string service)
    {
        var settings = ComposeDeployment.Settings(service);
        Assert.Equal("prometheus", settings.Metrics.Exporter);
        Assert.Equal("http://+:9464/", settings.Metrics.PrometheusPrefix);
        Assert.Contains("9464", DockerImages.File.All(Raw.Service(service).Build!.Target!, "EXPOSE").SelectMany(e => e.Arguments.Split(' ')));
    }

    [Theory]
    [InlineData("seed")]
    [InlineData("worker")]
    public void NodesGetTimeToLeaveWhenStopped(string service)
    {
        var grace = Raw.Service(service).StopGracePeriod!;
        Assert.EndsWith("s", grace);
        Assert.True(int.Parse(grace[..^1]) >= 30, $"{service}: stop_grace_period {grace}");
    }

    [Theory]
    [InlineData(".gitignore")]
    [InlineData(".dockerignore")]
    public void TheSecretsFileStaysOutOfGitAndImages(string ignoreFile) =>
        Assert.Contains(".env", RepositoryFiles.Read(ignoreFile).Split('\n').Select(l => l.Trim()));
}
