using Expressivity.Actors.Hosting;
using Xunit;

namespace Expressivity.Actors.Tests.Security;

public sealed class RemotingExposureTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("localhost")]
    public void Loopback_remoting_is_quiet(string host) =>
        Assert.Null(RemotingExposure.Warning(new NodeOptions { Hostname = host }));

    [Fact]
    public void Remoting_beyond_loopback_without_tls_is_named_with_its_port()
    {
        var warning = RemotingExposure.Warning(new NodeOptions { Hostname = "0.0.0.0", Port = 4055 });
        Assert.Equal("warning: remoting listens on 0.0.0.0:4055 without TLS: anyone who can reach that port can join this cluster. "
            + "Enable Node:Tls (docs/operations.md, Security) or listen on 127.0.0.1.", warning);
    }

    [Fact]
    public void Remoting_beyond_loopback_with_tls_is_quiet() =>
        Assert.Null(RemotingExposure.Warning(new NodeOptions { Hostname = "10.0.0.5", Tls = new TlsOptions { Enabled = true } }));
}
