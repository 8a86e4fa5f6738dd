namespace Expressivity.Actors.Hosting;

/// <summary>
/// The web dashboard of a seed node (configuration section <c>Dashboard</c>). Read-only unless a
/// shared secret is set: start, pause, resume and cancel then need the same secret as the command
/// host (<c>CommandHost:Secret</c>).
/// </summary>
public sealed record DashboardOptions
{
    /// <summary>Serve the dashboard. Default false; <c>--dashboard &lt;port&gt;</c> turns it on.</summary>
    public bool Enabled { get; init; }

    /// <summary>Address to listen on. Default 127.0.0.1 (loopback); anything else must be configured on purpose.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>HTTP port, 0..65535. Default 8080; 0 picks a free port (printed on stderr).</summary>
    public int Port { get; init; } = 8080;

    /// <summary>How often the page is sent fresh numbers, 100 ms .. 1 min. Default 1 s.</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>True when <see cref="Host"/> is a loopback address.</summary>
    public bool IsLoopback => Host is "localhost" || (System.Net.IPAddress.TryParse(Host, out var ip) && System.Net.IPAddress.IsLoopback(ip));

    /// <summary>Checks the ranges; messages name the key.</summary>
    public void Validate()
    {
        if (Port is < 0 or > 65535) throw new ArgumentException($"Dashboard:Port must be 0..65535, not {Port}");
        if (Interval < TimeSpan.FromMilliseconds(100) || Interval > TimeSpan.FromMinutes(1))
            throw new ArgumentException($"Dashboard:Interval must be between 100 ms and 1 min, not {Interval}");
        if (!IsLoopback && !System.Net.IPAddress.TryParse(Host, out _))
            throw new ArgumentException($"Dashboard:Host must be an IP address or localhost, not '{Host}'");
    }
}
