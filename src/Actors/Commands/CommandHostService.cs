using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Akka.Actor;
using Expressivity.Actors.Hosting;
using Expressivity.Commands.Wire;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Expressivity.Actors.Commands;

/// <summary>
/// The node's command host: a TCP listener (default 127.0.0.1:9110) serving one session per client
/// connection. A session reads one JSON request line, checks the shared secret when one is set,
/// runs the command and streams its output lines, ending with <c>#END &lt;code&gt;</c>. Streaming
/// commands (watch, tail) run until the client disconnects. Hard limits, all in <see cref="CommandHostOptions"/>:
/// at most MaxConnections sessions (more are told "busy" and closed), the first byte within IdleTimeout,
/// the whole request within RequestTimeout and MaxRequestBytes; all before the secret is even checked.
/// </summary>
public sealed class CommandHostService(CommandHostOptions options, ActorSystem system, LogBuffer log, ILogger<CommandHostService> logger) : IHostedService
{
    private readonly CancellationTokenSource _stopping = new();
    private TcpListener? _listener;
    private Task? _accepting;
    private int _open;

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

            if (Interlocked.Increment(ref _open) > options.MaxConnections)
            {
                Interlocked.Decrement(ref _open);
                _ = RefuseBusy(client);
                continue;
            }

            _ = ServeCounted(client, stop);
        }
    }

    private async Task ServeCounted(TcpClient client, CancellationToken stop)
    {
        try
        {
            await Serve(client, stop);
        }
        finally
        {
            Interlocked.Decrement(ref _open);
        }
    }

    // Answers without reading anything and closes: the descriptor is released at once.
    private async Task RefuseBusy(TcpClient client)
    {
        using var connection = client;
        logger.LogWarning("Command host refused a client from {Remote}: {Max} connections already open (CommandHost:MaxConnections)",
            client.Client.RemoteEndPoint, options.MaxConnections);
        try
        {
            using var send = new CancellationTokenSource(options.IdleTimeout);
            await client.GetStream().WriteAsync(Encoding.UTF8.GetBytes($"error: command host busy ({options.MaxConnections} connections open); try again\n{CommandWire.EndMarker}4\n"), send.Token);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or SocketException)
        {
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
            var line = await ReadRequest(client, stream, session.Token);
            var request = JsonSerializer.Deserialize<CommandRequest>(line, JsonSerializerOptions.Web)
                ?? throw new CommandUsageException("empty request");
            if (!CommandSecret.Accepts(options.Secret, request.Secret))
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
            await writer.WriteLineAsync(CommandWire.EndLine(code));
            await writer.FlushAsync(CancellationToken.None);
        }
        catch (IOException)
        {
        }
    }

    // The request line under the idle, request-time and size limits; a timeout closes the connection.
    private async Task<string> ReadRequest(TcpClient client, NetworkStream stream, CancellationToken cancel)
    {
        try
        {
            return await RequestReader.ReadLine(stream, options.MaxRequestBytes, options.IdleTimeout, options.RequestTimeout, cancel);
        }
        catch (TimeoutException e)
        {
            logger.LogWarning("Command host closed a client from {Remote}: {Reason}", client.Client.RemoteEndPoint, e.Message);
            throw new IOException(e.Message, e);
        }
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
