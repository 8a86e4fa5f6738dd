using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Expressivity.Actors.Hosting;

/// <summary>
/// TLS for remoting (configuration section <c>Node:Tls</c>). Every connection, in both directions,
/// is mutually authenticated, and a peer is accepted only when its certificate's SHA-256 thumbprint is
/// pinned: the certificate is the cluster secret, so a process without it can neither join nor
/// deliver a message. Identical on every node.
/// </summary>
public sealed record TlsOptions
{
    /// <summary>Use TLS for remoting. Default false (remoting then stays on a private network or loopback).</summary>
    public bool Enabled { get; init; }

    /// <summary>PKCS#12 file (.pfx/.p12) with this node's certificate and private key. Required when enabled.</summary>
    public string? CertificatePath { get; init; }

    /// <summary>Password of <see cref="CertificatePath"/>; give it by environment (<c>EXPRESSIVITY_Node__Tls__CertificatePassword</c>).</summary>
    public string? CertificatePassword { get; init; }

    /// <summary>
    /// SHA-256 thumbprints (64 hex digits, colons allowed) of the certificates peers may present.
    /// Empty (default): only this node's own certificate, i.e. every node shares one certificate.
    /// </summary>
    public IReadOnlyList<string> AllowedThumbprints { get; init; } = [];

    /// <summary>Checks the options and loads the certificate; messages name the setting.</summary>
    public X509Certificate2? LoadCertificate()
    {
        if (!Enabled) return null;
        if (string.IsNullOrWhiteSpace(CertificatePath)) throw new ArgumentException("Node:Tls:CertificatePath is required when Node:Tls:Enabled is true");
        if (!File.Exists(CertificatePath)) throw new ArgumentException($"Node:Tls:CertificatePath: file '{CertificatePath}' does not exist");
        foreach (var t in AllowedThumbprints)
        {
            if (Normalise(t) is not { Length: 64 } n || !n.All(Uri.IsHexDigit))
                throw new ArgumentException($"Node:Tls:AllowedThumbprints: '{t}' is not a SHA-256 thumbprint (64 hex digits)");
        }

        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(CertificatePath, CertificatePassword);
            if (!certificate.HasPrivateKey) throw new ArgumentException($"Node:Tls:CertificatePath: '{CertificatePath}' holds no private key");
            return certificate;
        }
        catch (CryptographicException e)
        {
            throw new ArgumentException($"Node:Tls:CertificatePath: cannot read '{CertificatePath}' (wrong Node:Tls:CertificatePassword?): {e.Message}");
        }
    }

    /// <summary>The pinned thumbprints: the configured ones, or the node's own certificate's.</summary>
    public IReadOnlySet<string> Pinned(X509Certificate2 own) =>
        (AllowedThumbprints.Count > 0 ? AllowedThumbprints.Select(Normalise) : [Thumbprint(own)]).ToHashSet();

    /// <summary>SHA-256 thumbprint of a certificate, upper-case hex.</summary>
    public static string Thumbprint(X509Certificate2 certificate) => certificate.GetCertHashString(HashAlgorithmName.SHA256).ToUpperInvariant();

    /// <summary>
    /// A seed address as a TLS node dials it: Akka names the TLS transport <c>akka.ssl.tcp</c>, so the
    /// deployments' <c>akka.tcp://</c> seed addresses are rewritten rather than edited per mode.
    /// </summary>
    public static string SeedAddress(string seed) =>
        seed.StartsWith("akka.tcp://", StringComparison.Ordinal) ? "akka.ssl.tcp://" + seed["akka.tcp://".Length..] : seed;

    private static string Normalise(string thumbprint) => thumbprint.Replace(":", "").Replace(" ", "").ToUpperInvariant();
}
