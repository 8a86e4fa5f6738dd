using Expressivity.Domain.Sweeps;

namespace Expressivity.Actors.Coordinator;

/// <summary>What an audit found: the completed units whose stored partials are missing or differ, and the store's note.</summary>
public sealed record AuditFindings(IReadOnlyList<UnitRecord> Lost, int Missing, int Damaged, string? Note);

/// <summary>
/// Compares the partial store with what the journal promised: every completed unit that recorded a
/// <see cref="PartialDigest"/> must be stored with exactly that digest. Reads the whole store, so the
/// coordinator runs it off its thread and pipes the findings back.
/// </summary>
public static class PartialAudit
{
    /// <summary>Reads the store's inventory of <paramref name="sweepId"/> and compares it with <paramref name="expected"/>.</summary>
    public static AuditFindings Run(IPartialStore store, string sweepId, IReadOnlyList<UnitRecord> expected) =>
        Compare(expected, store.Inventory(sweepId));

    /// <summary>The units of <paramref name="expected"/> that <paramref name="inventory"/> lacks or holds with another digest.</summary>
    public static AuditFindings Compare(IReadOnlyList<UnitRecord> expected, PartialInventory inventory)
    {
        var lost = new List<UnitRecord>();
        int missing = 0, damaged = 0;
        foreach (var record in expected)
        {
            if (record.Stored is null) continue;
            if (!inventory.Units.TryGetValue(record.UnitId, out var found))
            {
                missing++;
                lost.Add(record);
            }
            else if (found != record.Stored)
            {
                damaged++;
                lost.Add(record);
            }
        }

        return new AuditFindings(lost, missing, damaged, inventory.Note);
    }
}
