using Akka.Cluster.Hosting;
using Akka.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Expressivity.Actors.Hosting;

/// <summary>
/// The node's health checks, on Akka.Hosting's health-check support: liveness is Akka.Hosting's actor-system
/// check; readiness is Akka.Cluster.Hosting's member-Up check and, on coordinator nodes, the storage
/// (journal database) answering a query. <see cref="HealthRoutes"/> serves them over HTTP.
/// </summary>
public static class NodeHealthChecks
{
    /// <summary>Tag of the liveness checks.</summary>
    public const string LiveTag = "live";

    /// <summary>Tag of the readiness checks.</summary>
    public const string ReadyTag = "ready";

    private static readonly TimeSpan StorageTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Registers the checks for a node with <paramref name="node"/>'s roles.</summary>
    public static AkkaConfigurationBuilder AddNodeHealthChecks(this AkkaConfigurationBuilder builder, NodeOptions node, StorageOptions storage)
    {
        builder.WithActorSystemLivenessCheck(tags: [LiveTag]).WithAkkaClusterReadinessCheck(tags: [ReadyTag]);
        if (node.Roles.Contains(ClusterRoles.Coordinator))
            builder.WithHealthCheck("storage", (_, _, cancel) => StorageReachable(storage, cancel), tags: [ReadyTag], timeout: StorageTimeout);
        return builder;
    }

    /// <summary>Healthy when the journal database answers <c>SELECT 1</c>; the failure names the provider and the cause.</summary>
    public static async Task<HealthCheckResult> StorageReachable(StorageOptions storage, CancellationToken cancel)
    {
        try
        {
            await using System.Data.Common.DbConnection connection = storage.IsPostgres
                ? new NpgsqlConnection(storage.ConnectionString)
                : new SqliteConnection(new SqliteConnectionStringBuilder(storage.JournalConnectionString) { Mode = SqliteOpenMode.ReadOnly }.ToString());
            await connection.OpenAsync(cancel);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(cancel);
            return HealthCheckResult.Healthy($"{storage.Provider} reachable");
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException or OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"{storage.Provider} unreachable: {e.Message}");
        }
    }
}
