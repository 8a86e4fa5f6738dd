using Expressivity.Actors.Hosting;
using Xunit;

namespace Expressivity.Deployment.Tests.Compose;

/// <summary>docker-compose.yml cluster formation: bootstrap over config discovery with the seed's management endpoint as the contact point.</summary>
public sealed class ComposeBootstrapTests
{
    [Theory]
    [InlineData("seed")]
    [InlineData("worker")]
    public void NodesBootstrapFromTheSeedsManagementEndpoint(string service)
    {
        var seed = ComposeDeployment.Settings("seed").Node;
        var node = ComposeDeployment.Settings(service).Node;
        Assert.Equal(DiscoveryMode.Config, node.Discovery);
        Assert.Empty(node.Seeds);
        Assert.Equal("0.0.0.0", node.Management.Host);
        var contactPoint = Assert.Single(node.Bootstrap.ContactPoints);
        Assert.Equal(1, node.Bootstrap.RequiredContactPoints);
        var (host, port) = (contactPoint[..contactPoint.LastIndexOf(':')], int.Parse(contactPoint[(contactPoint.LastIndexOf(':') + 1)..]));
        Assert.Contains(host, ComposeDeployment.Resolved.Services.Keys);
        Assert.Equal((seed.ManagementPublicHostname, seed.Management.Port), (host, port));
        // The seed recognises itself in the list (and so forms the cluster) by its service name.
        Assert.Equal("seed", seed.ManagementPublicHostname);
        Assert.Equal(seed.SystemName, node.SystemName);
    }
}
