using Expressivity.Actors.Hosting;
using Xunit;

namespace Expressivity.Actors.Tests.Hosting;

public sealed class NodeSettingsTests
{
    private static readonly Dictionary<string, string?> SeedDefaults = new()
    {
        ["Node:Roles:0"] = "seed",
        ["Node:Roles:1"] = "coordinator",
        ["Node:Port"] = "4053",
    };

    private static readonly Dictionary<string, string?> WorkerDefaults = new()
    {
        ["Node:Roles:0"] = "worker",
        ["Node:Port"] = "4054",
        ["CommandHost:Port"] = "9111",
    };

    [Fact]
    public void Everything_listens_on_loopback_by_default()
    {
        var s = NodeSettings.Load([], SeedDefaults);
        Assert.Equal("127.0.0.1", s.Node.Hostname);
        Assert.Equal("127.0.0.1", s.CommandHost.Host);
        Assert.True(s.CommandHost.IsLoopback);
        Assert.Equal(9110, s.CommandHost.Port);
        Assert.Equal(4053, s.Node.Port);
        Assert.Equal(["seed", "coordinator"], s.Node.Roles);
        Assert.Equal("127.0.0.1", s.Metrics.PrometheusEndpoint.Host);
    }

    [Fact]
    public void Flags_and_section_keys_override_defaults()
    {
        var s = NodeSettings.Load(
            ["--port", "5000", "--seed", "akka.tcp://expressivity@10.0.0.1:4053", "--storage", "postgresql", "--connection-string", "Host=db", "--Coordinator:LeaseTime=00:00:07", "--capacity", "3"],
            WorkerDefaults);
        Assert.Equal(5000, s.Node.Port);
        Assert.Equal(["akka.tcp://expressivity@10.0.0.1:4053"], s.Node.Seeds);
        Assert.True(s.Storage.IsPostgres);
        Assert.Equal(TimeSpan.FromSeconds(7), s.Coordinator.LeaseTime);
        Assert.Equal(3, s.Worker.Capacity);
        Assert.Equal(9111, s.CommandHost.Port);
    }

    [Theory]
    [InlineData(new[] { "--cmd-host", "0.0.0.0" }, "CommandHost:Secret")]
    [InlineData(new[] { "--storage", "mysql" }, "Storage:Provider")]
    [InlineData(new[] { "--storage", "postgresql" }, "Storage:ConnectionString")]
    [InlineData(new[] { "--Node:Roles:2=gardener" }, "Node:Roles")]
    [InlineData(new[] { "--metrics", "statsd" }, "Metrics:Exporter")]
    [InlineData(new[] { "--port", "70000" }, "Node:Port")]
    [InlineData(new[] { "--Node:Colour=red" }, "Node")]
    public void Bad_settings_are_refused_naming_the_key(string[] args, string key)
    {
        var e = Assert.Throws<ArgumentException>(() => NodeSettings.Load(args, SeedDefaults));
        Assert.Contains(key, e.Message);
    }

    [Fact]
    public void A_worker_only_node_needs_seeds_and_shared_storage()
    {
        Assert.Contains("Node:Seeds", Assert.Throws<ArgumentException>(() => NodeSettings.Load(["--storage", "postgresql", "--connection-string", "Host=db"], WorkerDefaults)).Message);
        Assert.Contains("postgresql", Assert.Throws<ArgumentException>(() => NodeSettings.Load(["--seed", "akka.tcp://expressivity@h:4053"], WorkerDefaults)).Message);
    }

    [Fact]
    public void A_command_host_beyond_loopback_is_accepted_with_a_secret()
    {
        var s = NodeSettings.Load(["--cmd-host", "0.0.0.0", "--secret", "x"], SeedDefaults);
        Assert.False(s.CommandHost.IsLoopback);
    }
}
