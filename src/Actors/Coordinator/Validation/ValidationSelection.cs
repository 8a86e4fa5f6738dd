using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Expressivity.Actors.Coordinator.Validation;

/// <summary>
/// Which units are validated: a deterministic pseudo-random fraction, by a hash of (sweep, unit). The same
/// units are picked after every restart and on every coordinator, and a worker cannot tell in advance
/// which of its units will be checked.
/// </summary>
public static class ValidationSelection
{
    /// <summary>True when unit <paramref name="unitId"/> of sweep <paramref name="sweepId"/> is recomputed at <paramref name="fraction"/>.</summary>
    public static bool Selected(string sweepId, string unitId, double fraction)
    {
        if (fraction <= 0) return false;
        if (fraction >= 1) return true;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"validate/{sweepId}/{unitId}"));
        // The top 53 bits as a uniform double in [0, 1).
        var x = (BinaryPrimitives.ReadUInt64BigEndian(hash) >> 11) * (1.0 / (1UL << 53));
        return x < fraction;
    }
}
