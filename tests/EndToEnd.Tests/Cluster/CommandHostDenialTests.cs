using System.Net.Sockets;
using System.Text;
using Expressivity.EndToEnd.Tests.Support;
using Expressivity.TestSupport;
using Xunit;

namespace Expressivity.EndToEnd.Tests.Cluster;

/// <summary>
/// An attacker on the command host's port, before any secret: a flood of idle connections, a
/// slow-loris trickle and an oversize request. The node stays up, closes every hostile connection
/// and still answers a legitimate client.
/// </summary>
public sealed class CommandHostDenialTests
{
    [Fact]
    public async Task Idle_flood_slow_loris_and_oversize_requests_do_not_take_the_node_down()
    {
        using var dir = new TempDirectory();
        var cmd = FreePort.Next();
        using var seed = HostProcess.Start("Seed", "serve", "--port", $"{FreePort.Next()}", "--data-dir", dir.Path, "--cmd-port", $"{cmd}", "--secret", "s3cret",
            "--CommandHost:MaxConnections=4", "--CommandHost:IdleTimeout=00:00:01", "--CommandHost:RequestTimeout=00:00:02", "--CommandHost:MaxRequestBytes=65536");
        async Task<int> Health() => (await HostProcess.Run("Cli", Patience.Event, $"127.0.0.1:{cmd}", "--secret", "s3cret", "node", "health")).Code;
        await LocalCluster.WaitUntil(async () => await Health() == 0, Patience.Event, "seed up");

        // 200 connections that never speak: four are served and closed after the idle timeout, the rest are told "busy".
        var flood = new List<TcpClient>();
        for (var i = 0; i < 200; i++)
        {
            var c = new TcpClient();
            await c.ConnectAsync("127.0.0.1", cmd);
            flood.Add(c);
        }

        var answers = await Task.WhenAll(flood.Select(c => ReadToClose(c.GetStream())));
        Assert.All(answers, a => Assert.True(a.Closed, "a silent connection was left open"));
        Assert.Contains(answers, a => a.Text.Contains("command host busy"));
        flood.ForEach(c => c.Dispose());

        // Slow-loris: one byte every 200 ms; the server closes it when the request time runs out.
        using (var loris = new TcpClient())
        {
            await loris.ConnectAsync("127.0.0.1", cmd);
            var stream = loris.GetStream();
            var closed = ReadToClose(stream);
            for (var i = 0; i < 150 && !closed.IsCompleted; i++)
            {
                try
                {
                    await stream.WriteAsync("{"u8.ToArray());
                }
                catch (IOException)
                {
                    break;
                }

                await Task.Delay(200);
            }

            Assert.True((await closed.WaitAsync(Patience.Event)).Closed, "the slow-loris connection was left open");
        }

        // An oversize request is refused by size, not read to the end.
        using (var big = new TcpClient())
        {
            await big.ConnectAsync("127.0.0.1", cmd);
            var stream = big.GetStream();
            var reply = ReadToClose(stream);
            try
            {
                await stream.WriteAsync(Encoding.UTF8.GetBytes(new string('x', 256 * 1024)));
            }
            catch (IOException)
            {
                // the server may close before the client has written everything
            }

            var (text, isClosed) = await reply.WaitAsync(Patience.Event);
            Assert.True(isClosed);
            Assert.Contains("request longer than 65536 bytes", text);
        }

        Assert.False(seed.HasExited, seed.StdErr);
        await LocalCluster.WaitUntil(async () => await Health() == 0, Patience.Event, "a legitimate client answered after the attacks");
        Assert.False(seed.HasExited);
    }

    // Everything the server sends until it closes the connection (Closed = false if we gave up first).
    private static async Task<(string Text, bool Closed)> ReadToClose(NetworkStream stream)
    {
        var text = new StringBuilder();
        var buffer = new byte[4096];
        using var limit = new CancellationTokenSource(Patience.Event);
        try
        {
            while (true)
            {
                var n = await stream.ReadAsync(buffer, limit.Token);
                if (n == 0) return (text.ToString(), true);
                text.Append(Encoding.UTF8.GetString(buffer, 0, n));
            }
        }
        catch (OperationCanceledException)
        {
            return (text.ToString(), false);
        }
        catch (IOException)
        {
            return (text.ToString(), true); // reset by the server
        }
    }
}
