using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Akka.Actor;
using Expressivity.Actors.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Expressivity.Actors.Commands;

/// <summary>
/// The node's command host: a TCP listener (default 127.0.0.1:9110) serving one session per client
/// connection. A session reads one JSON request line, checks the shared secret when one is set,
/// runs the command and streams its output lines, ending with <c>#END &lt;code&gt;</c>. Streaming
/// commands (watch, tail) run until the client disconnects.
/// </summary>
public sealed class CommandHostService(CommandHostOptions options, ActorSystem system, LogBuffer log, ILogger<CommandHostService> logger) : IHostedService
{
    private readonly CancellationTokenSource _stopping = new();
    private TcpListener? _listener;
    private Task? _accepting;

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        options.Validate();
        var address = options.Host == "localhost" ? IPAddress.Loopback : IPAddress.Parse(options.Host);
        _listener = new TcpListener(address, options.Port);
        _listener.Start();
        logger.LogInformation("Command host listening on {Endpoint}{Auth}", _listener.LocalEndpoint, options.Secret is null ? "" : " (shared secret required)");
        _accepting = Accept(_stopping.Token);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        _listener?.Stop();
        if (_accepting is not null) await Task.WhenAny(_accepting, Task.Delay(2000, cancellationToken));
    }

    private async Task Accept(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener!.AcceptTcpClientAsync(stop);
            }
            catch (Exception) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (SocketException e)
            {
                logger.LogWarning("Command host accept failed: {Message}", e.Message);
                continue;
            }

            _ = Serve(client, stop);
        }
    }

    private async Task Serve(TcpClient client, CancellationToken stop)
    {
        using var connection = client;
        using var session = CancellationTokenSource.CreateLinkedTokenSource(stop);
        var stream = client.GetStream();
        var writer = new StreamWriter(stream, new UTF8Encoding(false)) { AutoFlush = false, NewLine = "\n" };
        int code;
        try
        {
            var line = await ReadLine(stream, session.Token);
            var request = JsonSerializer.Deserialize<CommandRequest>(line, JsonSerializerOptions.Web)
                ?? throw new CommandUsageException("empty request");
            if (!Authorised(request.Secret))
            {
                logger.LogWarning("Command host refused a client from {Remote}: wrong or missing secret", client.Client.RemoteEndPoint);
                await writer.WriteLineAsync("error: this command host requires the shared secret (--secret or EXPRESSIVITY_SECRET)");
                code = 3;
            }
            else
            {
                _ = WatchDisconnect(client, session);
                code = await CommandCatalog.Dispatch(request.Args, new CommandContext(system, log, writer, request.Attachment, session.Token));
            }
        }
        catch (Exception e) when (e is JsonException or CommandUsageException or InvalidDataException)
        {
            await writer.WriteLineAsync($"error: bad request: {e.Message}");
            code = 2;
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
        {
            return; // the client went away
        }
        catch (Exception e)
        {
            await writer.WriteLineAsync($"error: {e.GetType().Name}: {e.Message}");
            code = 1;
        }

        try
        {
            await writer.WriteLineAsync($"{CommandWire.EndMarker}{code}");
            await writer.FlushAsync(CancellationToken.None);
        }
        catch (IOException)
        {
        }
    }

    private bool Authorised(string? presented)
    {
        if (string.IsNullOrEmpty(options.Secret)) return true;
        if (presented is null) return false;
        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(options.Secret)));
    }

    private static async Task<string> ReadLine(NetworkStream stream, CancellationToken cancel)
    {
        var buffer = new MemoryStream();
        var one = new byte[1];
        while (true)
        {
            var n = await stream.ReadAsync(one, cancel);
            if (n == 0 || one[0] == (byte)'\n') break;
            buffer.WriteByte(one[0]);
            if (buffer.Length > CommandWire.MaxRequestBytes) throw new InvalidDataException($"request longer than {CommandWire.MaxRequestBytes} bytes");
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    // Streaming commands end when the client closes its side.
    private static async Task WatchDisconnect(TcpClient client, CancellationTokenSource session)
    {
        var probe = new byte[1];
        try
        {
            while (!session.IsCancellationRequested)
            {
                var n = await client.GetStream().ReadAsync(probe, session.Token);
                if (n == 0) break;
            }

            await session.CancelAsync();
        }
        catch (Exception)
        {
            // The session already ended (disposed) or the socket closed: nothing to cancel.
        }
    }
}
