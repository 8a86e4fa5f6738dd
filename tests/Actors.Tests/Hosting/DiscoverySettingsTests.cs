using Expressivity.Actors.Hosting;
using Xunit;

namespace Expressivity.Actors.Tests.Hosting;

/// <summary>Node:Discovery, Node:Management and Node:Bootstrap as NodeSettings loads and checks them.</summary>
public sealed class DiscoverySettingsTests
{
    private static readonly Dictionary<string, string?> SeedDefaults = new()
    {
        ["Node:Roles:0"] = "seed",
        ["Node:Roles:1"] = "coordinator",
    };

    [Fact]
    public void Seed_nodes_are_the_default_and_management_is_off_and_on_loopback()
    {
        var node = NodeSettings.Load([], SeedDefaults).Node;
        Assert.Equal(DiscoveryMode.SeedNodes, node.Discovery);
        Assert.False(node.UsesBootstrap);
        Assert.False(node.ServesManagement);
        Assert.Equal(("127.0.0.1", 8558), (node.Management.Host, node.Management.Port));
        Assert.True(node.Management.IsLoopback);
    }

    [Fact]
    public void A_management_port_alone_turns_the_endpoint_on()
    {
        var node = NodeSettings.Load(["--management-port", "9558"], SeedDefaults).Node;
        Assert.True(node.ServesManagement);
        Assert.Equal(9558, node.Management.Port);
        Assert.False(NodeSettings.Load(["--management-port", "9558", "--Node:Management:Enabled=false"], SeedDefaults).Node.ServesManagement);
    }

    [Fact]
    public void Bootstrap_needs_no_seeds_and_always_serves_management()
    {
        var node = NodeSettings.Load(
            ["--discovery", "config", "--Node:Bootstrap:ContactPoints:0=seed:8558", "--storage", "postgresql", "--connection-string", "Host=db"],
            new Dictionary<string, string?> { ["Node:Roles:0"] = "worker" }).Node;
        Assert.True(node.UsesBootstrap);
        Assert.True(node.ServesManagement);
        Assert.Empty(node.Seeds);
        Assert.Equal(["seed:8558"], node.Bootstrap.ContactPoints);
    }

    [Theory]
    [InlineData(new[] { "--discovery", "dns" }, "Node:Discovery")]
    [InlineData(new[] { "--discovery", "config" }, "Node:Bootstrap:ContactPoints")]
    [InlineData(new[] { "--discovery", "config", "--Node:Bootstrap:ContactPoints:0=seed" }, "Node:Bootstrap:ContactPoints")]
    [InlineData(new[] { "--discovery", "config", "--Node:Bootstrap:ContactPoints:0=seed:8558", "--Node:Bootstrap:RequiredContactPoints=2" }, "Node:Bootstrap:RequiredContactPoints")]
    [InlineData(new[] { "--discovery", "kubernetes", "--Node:Bootstrap:RequiredContactPoints=0" }, "Node:Bootstrap:RequiredContactPoints")]
    [InlineData(new[] { "--discovery", "kubernetes", "--Node:Bootstrap:StableMargin=00:00:00.100" }, "Node:Bootstrap:StableMargin")]
    [InlineData(new[] { "--management-port", "0" }, "Node:Management:Port")]
    [InlineData(new[] { "--management-host", "example.org" }, "Node:Management:Host")]
    public void Bad_discovery_settings_are_refused_naming_the_key(string[] args, string key)
    {
        var e = Assert.Throws<ArgumentException>(() => NodeSettings.Load(args, SeedDefaults));
        Assert.Contains(key, e.Message);
    }
}
