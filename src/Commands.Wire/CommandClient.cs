using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Expressivity.Commands.Wire;

/// <summary>The client side of the command host's wire: send one request, copy the output, return the exit code.</summary>
public static class CommandClient
{
    /// <summary>Runs one command against <paramref name="host"/>:<paramref name="port"/>; output lines go to <paramref name="output"/>.</summary>
    public static async Task<int> Send(string host, int port, CommandRequest request, TextWriter output, CancellationToken cancel)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(host, port, cancel);
        }
        catch (SocketException e)
        {
            throw new IOException($"cannot reach the command host at {host}:{port}: {e.Message}", e);
        }

        var stream = client.GetStream();
        var line = JsonSerializer.Serialize(request, JsonSerializerOptions.Web) + "\n";
        await stream.WriteAsync(Encoding.UTF8.GetBytes(line), cancel);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        try
        {
            while (await reader.ReadLineAsync(cancel) is { } received)
            {
                if (CommandWire.ParseEnd(received) is { } code) return code;
                await output.WriteLineAsync(received);
                await output.FlushAsync(cancel);
            }
        }
        catch (OperationCanceledException)
        {
            return 0; // the user ended a streaming command
        }

        throw new IOException($"the command host at {host}:{port} closed the connection before the end of the answer");
    }
}
