using Akka.Event;
using Akka.Remote.Hosting;
using Akka.Remote.Transport.DotNetty;

namespace Expressivity.Actors.Hosting;

/// <summary>Turns <see cref="TlsOptions"/> into Akka.Remote's DotNetty SSL options: mutual TLS, peers accepted by pinned thumbprint only.</summary>
public static class RemotingTls
{
    /// <summary>The SSL options for <paramref name="tls"/>, or null when TLS is off.</summary>
    public static SslOptions? For(TlsOptions tls)
    {
        var certificate = tls.LoadCertificate();
        if (certificate is null) return null;
        var pinned = tls.Pinned(certificate);
        // Pinning replaces CA validation: the nodes' certificates are usually self-signed, and a
        // certificate outside the pinned set is refused whatever authority signed it.
        CertificateValidationCallback validator = (peer, _, remote, _, log) =>
        {
            var accepted = peer is not null && pinned.Contains(TlsOptions.Thumbprint(peer));
            if (!accepted) log.Warning("TLS: refused peer {0}: certificate {1} is not pinned (Node:Tls:AllowedThumbprints)", remote, peer is null ? "missing" : TlsOptions.Thumbprint(peer));
            return accepted;
        };
        return new SslOptions
        {
            X509Certificate = certificate,
            RequireMutualAuthentication = true,
            ValidateCertificateHostname = false,
            CustomValidator = validator,
        };
    }
}
