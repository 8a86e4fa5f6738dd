using System.Net;

namespace Expressivity.Actors.Hosting;

/// <summary>
/// The Akka.Management HTTP endpoint (section <c>Node:Management</c>): cluster bootstrap's contact point
/// and the health routes <see cref="HealthRoutes.LivePath"/> and <see cref="HealthRoutes.ReadyPath"/>.
/// </summary>
public sealed record ManagementOptions
{
    /// <summary>Serve the endpoint. Default false; always on when <c>Node:Discovery</c> is config or kubernetes (bootstrap needs it).</summary>
    public bool Enabled { get; init; }

    /// <summary>Address the endpoint binds. Default 127.0.0.1: nothing listens beyond loopback unless configured.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>
    /// Address other nodes reach this endpoint by; bootstrap also matches it against discovered contact
    /// points to recognise itself (in Kubernetes: the pod IP). Defaults to <c>Node:PublicHostname</c>, else <see cref="Host"/>.
    /// </summary>
    public string? PublicHostname { get; init; }

    /// <summary>HTTP port, 1..65535. Default 8558 (Akka.Management's own default).</summary>
    public int Port { get; init; } = 8558;

    /// <summary>True when <see cref="Host"/> is a loopback address.</summary>
    public bool IsLoopback => Host is "localhost" || (IPAddress.TryParse(Host, out var ip) && IPAddress.IsLoopback(ip));

    /// <summary>Checks the ranges; messages name the key.</summary>
    public void Validate()
    {
        if (Port is < 1 or > 65535) throw new ArgumentException($"Node:Management:Port must be 1..65535, not {Port}");
        if (!IsLoopback && !IPAddress.TryParse(Host, out _))
            throw new ArgumentException($"Node:Management:Host must be an IP address or localhost, not '{Host}'");
    }
}
