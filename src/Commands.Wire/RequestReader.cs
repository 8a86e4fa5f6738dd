using System.Text;

namespace Expressivity.Commands.Wire;

/// <summary>Reads the one request line of a session under the host's size and time limits.</summary>
public static class RequestReader
{
    /// <summary>
    /// The request line (without its newline). The first byte must come within <paramref name="idle"/>, the whole
    /// line within <paramref name="whole"/> and <paramref name="maxBytes"/>: a slow or huge client is cut off
    /// before its secret is even checked.
    /// </summary>
    /// <exception cref="InvalidDataException">the line is longer than <paramref name="maxBytes"/>.</exception>
    /// <exception cref="TimeoutException">a time limit passed; the message names which.</exception>
    public static async Task<string> ReadLine(Stream stream, int maxBytes, TimeSpan idle, TimeSpan whole, CancellationToken cancel)
    {
        using var wholeLimit = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        wholeLimit.CancelAfter(whole);
        using var idleLimit = CancellationTokenSource.CreateLinkedTokenSource(wholeLimit.Token);
        idleLimit.CancelAfter(idle);
        var buffer = new MemoryStream();
        var chunk = new byte[4096];
        try
        {
            while (true)
            {
                var n = await stream.ReadAsync(chunk, buffer.Length == 0 ? idleLimit.Token : wholeLimit.Token);
                if (n == 0) break;
                var end = Array.IndexOf(chunk, (byte)'\n', 0, n);
                buffer.Write(chunk, 0, end < 0 ? n : end);
                if (buffer.Length > maxBytes)
                    throw new InvalidDataException($"request longer than {maxBytes} bytes (CommandHost:MaxRequestBytes)");
                if (end >= 0) break;
            }
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            throw new TimeoutException(buffer.Length == 0
                ? $"no request within {idle.TotalSeconds} s (CommandHost:IdleTimeout)"
                : $"request not complete within {whole.TotalSeconds} s (CommandHost:RequestTimeout)");
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
