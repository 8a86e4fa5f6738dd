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

    /// <summary>True when the listen address is a loopback address.</summary>
    public bool IsLoopback => Host is "localhost" || (System.Net.IPAddress.TryParse(Host, out var ip) && System.Net.IPAddress.IsLoopback(ip));

    /// <summary>Refuses a command host reachable beyond loopback without a secret.</summary>
    public void Validate()
    {
        if (Port is < 0 or > 65535) throw new ArgumentException($"CommandHost:Port must be 0..65535, not {Port}");
        if (Enabled && !IsLoopback && string.IsNullOrEmpty(Secret))
            throw new ArgumentException($"CommandHost:Host is {Host} (beyond loopback): set CommandHost:Secret, or listen on 127.0.0.1");
    }
}
