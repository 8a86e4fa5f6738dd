using System.Net;
using System.Net.Sockets;

namespace Expressivity.Actors.Hosting;

/// <summary>
/// Checks that a node's remoting (and management) port is free before the actor system binds it. The probe binds
/// without address reuse, so it fails whenever another process listens on the port, whatever socket
/// options that process used; the message names the setting and the port.
/// </summary>
public static class RemotingPort
{
    /// <summary>Throws <see cref="ArgumentException"/> naming Node:Port (and Node:Management:Port when served) when a port is taken.</summary>
    public static void EnsureFree(NodeOptions node)
    {
        EnsureFree(node.Hostname, node.Port, "Node:Port", "--port");
        if (node.ServesManagement) EnsureFree(node.Management.Host, node.Management.Port, "Node:Management:Port", "--management-port");
    }

    private static void EnsureFree(string host, int port, string setting, string flag)
    {
        if (port == 0) return;
        var address = host is "localhost" ? IPAddress.Loopback
            : IPAddress.TryParse(host, out var ip) ? ip
            : Dns.GetHostAddresses(host).FirstOrDefault() ?? IPAddress.Any;
        using var probe = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            probe.Bind(new IPEndPoint(address, port));
            probe.Listen(1);
        }
        catch (SocketException e) when (e.SocketErrorCode is SocketError.AddressAlreadyInUse or SocketError.AccessDenied)
        {
            throw new ArgumentException($"{setting} {port} on {host} is already in use by another process ({e.SocketErrorCode}); choose another port ({flag})");
        }
    }
}
