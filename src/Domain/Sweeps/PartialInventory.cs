namespace Expressivity.Domain.Sweeps;

/// <summary>
/// What a partial store actually holds for one sweep: each unit's <see cref="PartialDigest"/> recomputed
/// from the stored bytes. <paramref name="Note"/> says what the store had to do to answer (e.g. a damaged
/// file was quarantined and the store started empty), or is null.
/// </summary>
public sealed record PartialInventory(IReadOnlyDictionary<string, PartialDigest> Units, string? Note = null);
