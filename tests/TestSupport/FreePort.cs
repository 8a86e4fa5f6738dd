using System.Net;
using System.Net.Sockets;

namespace Expressivity.TestSupport;

/// <summary>A TCP port on 127.0.0.1 that was free a moment ago.</summary>
public static class FreePort
{
    /// <summary>Asks the OS for a free port.</summary>
    public static int Next()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }
}
