using Expressivity.Actors.Hosting;
using Expressivity.Deployment.Tests.Support;
using Xunit;

namespace Expressivity.Deployment.Tests.Docker;

/// <summary>The hosts' serve defaults are the ones the deployment files and the runbook are written for.</summary>
public class RoleDefaultsTests
{
    [Fact]
    public void SeedServesSeedAndCoordinatorOn4053WithCommandHost9110()
    {
        var seed = NodeEnvironment.Load(new Dictionary<string, string>(), [], RoleDefaults.Seed);
        Assert.Equal([ClusterRoles.Seed, ClusterRoles.Coordinator], seed.Node.Roles);
        Assert.Equal((4053, 9110), (seed.Node.Port, seed.CommandHost.Port));
        Assert.Equal(("127.0.0.1", "127.0.0.1"), (seed.Node.Hostname, seed.CommandHost.Host));
    }

    [Fact]
    public void WorkerServesTheWorkerRoleOn4054WithCommandHost9111()
    {
        var worker = NodeEnvironment.Load(new Dictionary<string, string>(), ["--seed", "akka.tcp://expressivity@127.0.0.1:4053", "--storage", "postgresql", "--connection-string", "Host=db"],
            RoleDefaults.Worker);
        Assert.Equal([ClusterRoles.Worker], worker.Node.Roles);
        Assert.Equal((4054, 9111), (worker.Node.Port, worker.CommandHost.Port));
        Assert.Equal(["akka.tcp://expressivity@127.0.0.1:4053"], worker.Node.Seeds);
    }
}
