using Expressivity.Commands.Wire;

namespace Expressivity.Actors.Hosting;

/// <summary>The operator command host of a node (configuration section <c>CommandHost</c>).</summary>
public sealed record CommandHostOptions
{
    /// <summary>Start the command host. Default true for serve modes.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Address to listen on. Default 127.0.0.1; anything else requires <see cref="Secret"/>.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>TCP port. Default 9110 (Petabridge.Cmd's habit); 0 picks a free port.</summary>
    public int Port { get; init; } = 9110;

    /// <summary>Shared secret clients must present; required when <see cref="Host"/> is not loopback.</summary>
    public string? Secret { get; init; }

    /// <summary>
    /// Most connections served at once (default 32, 1..4096); a connection beyond it is told "busy" and
    /// closed at once, so idle or hostile clients cannot exhaust the node's file descriptors.
    /// </summary>
    public int MaxConnections { get; init; } = 32;

    /// <summary>
    /// How long a new connection may stay silent before its first byte (default 5 s, 100 ms .. 10 min):
    /// idle connections are closed before authentication.
    /// </summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long the whole request line (including the secret) may take to arrive (default 10 s,
    /// 100 ms .. 10 min): a client trickling bytes (slow-loris) is closed when it runs out.
    /// </summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Largest request line accepted, in bytes (default 1 MiB, 1 KiB .. 64 MiB): the memory one connection may use.</summary>
    public int MaxRequestBytes { get; init; } = CommandWire.MaxRequestBytes;

    /// <summary>True when the listen address is a loopback address.</summary>
    public bool IsLoopback => Host is "localhost" || (System.Net.IPAddress.TryParse(Host, out var ip) && System.Net.IPAddress.IsLoopback(ip));

    /// <summary>Refuses a command host reachable beyond loopback without a secret.</summary>
    public void Validate()
    {
        if (Port is < 0 or > 65535) throw new ArgumentException($"CommandHost:Port must be 0..65535, not {Port}");
        if (MaxConnections is < 1 or > 4096) throw new ArgumentException($"CommandHost:MaxConnections must be 1..4096, not {MaxConnections}");
        CheckTimeout(IdleTimeout, "IdleTimeout");
        CheckTimeout(RequestTimeout, "RequestTimeout");
        if (MaxRequestBytes is < 1024 or > 64 << 20) throw new ArgumentException($"CommandHost:MaxRequestBytes must be 1024..67108864, not {MaxRequestBytes}");
        if (Enabled && !IsLoopback && string.IsNullOrEmpty(Secret))
            throw new ArgumentException($"CommandHost:Host is {Host} (beyond loopback): set CommandHost:Secret, or listen on 127.0.0.1");
    }

    private static void CheckTimeout(TimeSpan value, string name)
    {
        if (value < TimeSpan.FromMilliseconds(100) || value > TimeSpan.FromMinutes(10))
            throw new ArgumentException($"CommandHost:{name} must be between 100 ms and 10 min, not {value}");
    }
}
