using System.Data.Common;
using Expressivity.Domain.Sweeps;

namespace Expressivity.Actors.Storage;

/// <summary>
/// Recomputes each unit's <see cref="PartialDigest"/> from rows (unit, bucket, data) read in
/// (bucket, unit) order, the primary-key order of both stores: one pass, no sort of the blobs, each
/// unit's buckets arriving in ascending order as the digest requires.
/// </summary>
public static class SqlInventory
{
    /// <summary>Runs <paramref name="sql"/> with <paramref name="parameter"/> on <paramref name="connection"/> and digests the rows.</summary>
    public static Dictionary<string, PartialDigest> Read(DbConnection connection, string sql, (string Name, object Value) parameter)
    {
        var builders = new Dictionary<string, PartialDigest.Builder>(StringComparer.Ordinal);
        try
        {
            using var cmd = connection.CreateCommand();
            cmd.CommandText = sql;
            var p = cmd.CreateParameter();
            p.ParameterName = parameter.Name;
            p.Value = parameter.Value;
            cmd.Parameters.Add(p);
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                var unit = r.GetString(0);
                if (!builders.TryGetValue(unit, out var b)) builders[unit] = b = new PartialDigest.Builder();
                b.Add(r.GetInt32(1), (byte[])r[2]);
            }

            return builders.ToDictionary(kv => kv.Key, kv => kv.Value.Finish(), StringComparer.Ordinal);
        }
        finally
        {
            foreach (var b in builders.Values) b.Dispose();
        }
    }
}
