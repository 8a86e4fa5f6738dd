using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Expressivity.Domain.Sweeps;

/// <summary>
/// What one unit stored in the <see cref="IPartialStore"/>, as the journal remembers it: the SHA-256 of
/// its buckets (ascending bucket number; each as the bucket number, the length, then the bytes), how many
/// buckets and how many bytes. An audit recomputes it from the store; any difference means the stored
/// data is not what the unit produced.
/// </summary>
/// <param name="Sha256">Lowercase hex SHA-256.</param>
/// <param name="Buckets">Number of buckets written.</param>
/// <param name="Bytes">Total blob bytes written.</param>
public sealed record PartialDigest(string Sha256, int Buckets, long Bytes)
{
    /// <summary>The digest of a unit's buckets, as <see cref="IPartialStore.PutUnit"/> receives them.</summary>
    public static PartialDigest Of(IReadOnlyDictionary<int, byte[]> buckets)
    {
        var builder = new Builder();
        foreach (var (bucket, data) in buckets.OrderBy(kv => kv.Key)) builder.Add(bucket, data);
        return builder.Finish();
    }

    /// <summary>Builds a digest from buckets fed in ascending bucket order (as a store reads them back).</summary>
    public sealed class Builder : IDisposable
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private int _buckets;
        private long _bytes;
        private int _last = int.MinValue;

        /// <summary>Adds one bucket; buckets must come in strictly ascending order.</summary>
        public void Add(int bucket, ReadOnlySpan<byte> data)
        {
            if (bucket <= _last && _buckets > 0) throw new ArgumentException("buckets must be added in ascending order", nameof(bucket));
            _last = bucket;
            Span<byte> header = stackalloc byte[12];
            BinaryPrimitives.WriteInt32LittleEndian(header, bucket);
            BinaryPrimitives.WriteInt64LittleEndian(header[4..], data.Length);
            _hash.AppendData(header);
            _hash.AppendData(data);
            _buckets++;
            _bytes += data.Length;
        }

        /// <summary>The digest of everything added.</summary>
        public PartialDigest Finish() => new(Convert.ToHexStringLower(_hash.GetHashAndReset()), _buckets, _bytes);

        /// <inheritdoc />
        public void Dispose() => _hash.Dispose();
    }
}
