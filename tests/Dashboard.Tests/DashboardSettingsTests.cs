using Expressivity.Actors.Hosting;
using Xunit;

namespace Expressivity.Dashboard.Tests;

public sealed class DashboardSettingsTests
{
    private static readonly Dictionary<string, string?> Seed = new() { ["Node:Roles:0"] = "seed", ["Node:Roles:1"] = "coordinator" };

    [Fact]
    public void OffByDefaultOnLoopback()
    {
        var d = NodeSettings.Load([], Seed).Dashboard;
        Assert.False(d.Enabled);
        Assert.Equal("127.0.0.1", d.Host);
        Assert.True(d.IsLoopback);
    }

    [Fact]
    public void APortAloneTurnsItOn()
    {
        var d = NodeSettings.Load(["--dashboard", "8081"], Seed).Dashboard;
        Assert.Equal((true, 8081), (d.Enabled, d.Port));
        Assert.False(NodeSettings.Load(["--dashboard", "8081", "--Dashboard:Enabled=false"], Seed).Dashboard.Enabled);
    }

    [Theory]
    [InlineData(new[] { "--dashboard", "70000" }, "Dashboard:Port")]
    [InlineData(new[] { "--dashboard", "http" }, "Dashboard")]
    [InlineData(new[] { "--dashboard", "8081", "--dashboard-host", "example.org" }, "Dashboard:Host")]
    [InlineData(new[] { "--Dashboard:Interval=00:00:00.010" }, "Dashboard:Interval")]
    public void BadValuesAreRefusedNamingTheKey(string[] args, string key)
    {
        var e = Assert.Throws<ArgumentException>(() => NodeSettings.Load(args, Seed));
        Assert.Contains(key, e.Message);
    }
}
