using Expressivity.Deployment.Tests.Support;
using Xunit;

namespace Expressivity.Deployment.Tests.Compose;

/// <summary>docker-compose.tls.yml, the optional remoting TLS overlay: every node gets the certificate secret and the Node:Tls settings.</summary>
public sealed class ComposeTlsTests
{
    private static readonly string Text = RepositoryFiles.Read("docker-compose.tls.yml");
    private static readonly ComposeFile Overlay = ComposeFile.Parse(Text, new Dictionary<string, string> { ["REMOTING_TLS_PASSWORD"] = "pw" });

    [Fact]
    public void Every_node_service_mounts_the_certificate_and_enables_tls_with_valid_keys()
    {
        foreach (var name in ComposeDeployment.Nodes.Keys)
        {
            var service = Overlay.Service(name);
            var secret = Assert.Single(service.Secrets);
            Assert.Equal("./deploy/tls/node.pfx", Overlay.Secrets[secret].File);
            Assert.Equal("true", service.Environment["EXPRESSIVITY_Node__Tls__Enabled"]);
            Assert.Equal($"/run/secrets/{secret}", service.Environment["EXPRESSIVITY_Node__Tls__CertificatePath"]);
            Assert.Equal("pw", service.Environment["EXPRESSIVITY_Node__Tls__CertificatePassword"]);
            Assert.All(service.Environment.Keys, k => Assert.Null(OptionsSchema.Problem(OptionsSchema.KeyOfEnvironmentVariable(k)!)));
            Assert.Contains(name, ComposeDeployment.Resolved.Services.Keys);
        }
    }

    [Fact]
    public void The_certificate_password_is_required_and_the_script_writes_the_mounted_file()
    {
        Assert.Contains("REMOTING_TLS_PASSWORD", ComposeInterpolation.RequiredVariables(Text));
        Assert.Throws<InvalidOperationException>(() => ComposeFile.Parse(Text, new Dictionary<string, string>()));
        var script = RepositoryFiles.Read("deploy/make-remoting-cert.sh");
        Assert.Contains("-out \"$dir/node.pfx\"", script);
        Assert.Contains("deploy/tls/", RepositoryFiles.Read(".gitignore"));
    }
}
