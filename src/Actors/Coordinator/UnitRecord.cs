using Expressivity.Domain.Sweeps;

namespace Expressivity.Actors.Coordinator;

/// <summary>
/// One completed unit as the journal remembers it: its stage, its partial and the digest of what it
/// stored. Kept for every stage of the epoch so an audit can tell which units' data is gone and the
/// total can be rebuilt without them. <paramref name="WorkerId"/> (who computed it) and <paramref name="Split"/>
/// (it split itself) let validation pick a different worker and skip split units; older records have neither.
/// </summary>
public sealed record UnitRecord(string UnitId, int Stage, Partial Result, PartialDigest? Stored, string? WorkerId = null, bool Split = false);

/// <summary>The planned units of one stage (with run-time split children), kept so a sweep can go back to it.</summary>
public sealed record StagePlan(int Stage, IReadOnlyList<WorkUnit> Units);
