namespace Expressivity.Domain.Sweeps;

/// <summary>One row of a sweep's <see cref="IPartialStore"/>: (unit, bucket) and its blob.</summary>
public sealed record StoredPartial(string UnitId, int Bucket, byte[] Data);
