using System.Net;
using System.Net.Sockets;

namespace Expressivity.Actors.Hosting;

/// <summary>
/// Checks that a node's remoting port is free before the actor system binds it. The probe binds
/// without address reuse, so it fails whenever another process listens on the port, whatever socket
/// options that process used; the message names the setting and the port.
/// </summary>
public static class RemotingPort
{
    /// <summary>Throws <see cref="ArgumentException"/> naming Node:Port when <paramref name="node"/>'s port is taken.</summary>
    public static void EnsureFree(NodeOptions node)
    {
        if (node.Port == 0) return;
        var address = node.Hostname is "localhost" ? IPAddress.Loopback
            : IPAddress.TryParse(node.Hostname, out var ip) ? ip
            : Dns.GetHostAddresses(node.Hostname).FirstOrDefault() ?? IPAddress.Any;
        using var probe = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            probe.Bind(new IPEndPoint(address, node.Port));
            probe.Listen(1);
        }
        catch (SocketException e) when (e.SocketErrorCode is SocketError.AddressAlreadyInUse or SocketError.AccessDenied)
        {
            throw new ArgumentException($"Node:Port {node.Port} on {node.Hostname} is already in use by another process ({e.SocketErrorCode}); choose another port (--port)");
        }
    }
}
