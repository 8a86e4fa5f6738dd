using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Expressivity.Commands.Wire;
using Expressivity.Deployment.Tests.Support;
using Xunit;

namespace Expressivity.Deployment.Tests.Docker;

/// <summary>
/// The probes and hooks run the built client with no --secret on the command line (an exec probe has no
/// shell to expand one): it must take the secret from the container's environment and send it.
/// </summary>
public class ClientSecretTests
{
    [Fact]
    public async Task ClientSendsTheSecretFromItsEnvironmentVariable()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { BuiltAssembly.PathOf("src/Cli/Cli.csproj", "Expressivity.Cli.dll"), $"127.0.0.1:{port}", "node", "health" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment[CliCommands.SecretVariable] = "s3cret-from-env";
        using var client = Process.Start(start)!;
        // A bound on waiting only, so a broken client fails the test instead of hanging it.
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var connection = await listener.AcceptTcpClientAsync(bound.Token);
        using var reader = new StreamReader(connection.GetStream());
        var line = await reader.ReadLineAsync(bound.Token);
        connection.Close();
        await client.WaitForExitAsync(bound.Token);

        var request = JsonSerializer.Deserialize<CommandRequest>(line!, JsonSerializerOptions.Web)!;
        Assert.Equal("s3cret-from-env", request.Secret);
        Assert.Equal(["node", "health"], request.Args);
        Assert.NotEqual(0, client.ExitCode);
    }
}
