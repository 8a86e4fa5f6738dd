using System.Security.Cryptography;
using System.Text;

namespace Expressivity.Commands.Wire;

/// <summary>The shared-secret check of the command host.</summary>
public static class CommandSecret
{
    /// <summary>
    /// True when no secret is configured, or <paramref name="presented"/> equals it. Both sides are hashed
    /// first so the comparison takes the same time whatever the lengths.
    /// </summary>
    public static bool Accepts(string? configured, string? presented)
    {
        if (string.IsNullOrEmpty(configured)) return true;
        if (presented is null) return false;
        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(configured)));
    }
}
