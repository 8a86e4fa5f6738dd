using System.Net;

namespace Expressivity.Actors.Hosting;

/// <summary>
/// Remoting reachable beyond loopback without <c>Node:Tls</c> lets anyone who can reach the port join the
/// cluster (the serializer lockdown keeps type names off the wire, but a joined node is a member). Such a
/// node still starts — compose and Kubernetes networks are often private — but says so loudly at start.
/// </summary>
public static class RemotingExposure
{
    /// <summary>The warning for <paramref name="node"/>, or null when it listens on loopback or uses TLS.</summary>
    public static string? Warning(NodeOptions node)
    {
        if (node.Tls.Enabled || IsLoopback(node.Hostname)) return null;
        return $"warning: remoting listens on {node.Hostname}:{node.Port} without TLS: anyone who can reach that port can join this cluster. "
            + "Enable Node:Tls (docs/operations.md, Security) or listen on 127.0.0.1.";
    }

    private static bool IsLoopback(string host) =>
        host is "localhost" || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
}
