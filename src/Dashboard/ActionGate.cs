using System.Security.Cryptography;
using System.Text;

namespace Expressivity.Dashboard;

/// <summary>
/// Who may start, pause, resume and cancel: nobody when no secret is set (the dashboard is read-only),
/// otherwise a request carrying the shared secret in the <see cref="Header"/> header. A custom header
/// also keeps other sites' forms out: a browser sends it cross-origin only after a preflight, which
/// this server never grants.
/// </summary>
public sealed class ActionGate(string? secret)
{
    /// <summary>Request header that carries the secret.</summary>
    public const string Header = "X-Expressivity-Secret";

    /// <summary>True when actions are possible at all.</summary>
    public bool Enabled => !string.IsNullOrEmpty(secret);

    /// <summary>Null when <paramref name="presented"/> may act, else (HTTP status, reason).</summary>
    public (int Status, string Reason)? Refusal(string? presented)
    {
        if (!Enabled) return (403, "this dashboard is read-only: start the node with a shared secret (CommandHost:Secret) to allow actions");
        if (string.IsNullOrEmpty(presented)) return (401, "refused: this action needs the shared secret");
        // Hashes first, so the comparison takes the same time whatever the lengths.
        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(secret!)))
            ? null
            : (401, "refused: wrong shared secret");
    }
}
