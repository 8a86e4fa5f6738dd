using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Expressivity.Actors.Tests.Security;

/// <summary>Self-signed node certificates written as PKCS#12 files, as an operator would make them with openssl.</summary>
public static class TestCertificates
{
    public const string Password = "test-pass";

    /// <summary>Writes a new certificate with its key to <paramref name="path"/> and returns its SHA-256 thumbprint.</summary>
    public static string Write(string path, string subject)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={subject}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1"), new Oid("1.3.6.1.5.5.7.3.2")], false));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        return certificate.GetCertHashString(HashAlgorithmName.SHA256);
    }
}
