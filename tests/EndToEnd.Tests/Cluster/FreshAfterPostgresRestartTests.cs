using Expressivity.Domain.Sweeps;
using Expressivity.EndToEnd.Tests.Support;
using Expressivity.TestSupport;
using Npgsql;
using Xunit;

namespace Expressivity.EndToEnd.Tests.Cluster;

/// <summary>
/// <c>sweep start --fresh</c> right after PostgreSQL restarted: every connection the nodes hold in their
/// pools is dead, and the first statement on one fails. The fresh start must still be accepted, delete
/// the old partials (a marker row planted among them must be gone), keep the coordinator up, and run the
/// sweep again to the uninterrupted result with every planned unit completed exactly once.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class FreshAfterPostgresRestartTests(PostgresServer postgres)
{
    private const string Spec = """{"kind":"neuron-expressivity","n":5,"weights":{"min":-2,"max":2}}""";
    private const string Marker = "stale-marker-unit";

    [Fact]
    public async Task Fresh_start_right_after_a_postgresql_restart_deletes_the_old_partials_and_runs_exactly()
    {
        var expected = LocalRunner.Run(SweepDefinition.Parse(Spec)).Result["distinctFunctions"]!.GetValue<string>();
        await using var cluster = new LocalCluster(postgres);
        await cluster.StartSeed();
        cluster.StartWorker();
        using var dir = new TempDirectory();
        var spec = dir.File("spec.json", Spec);
        var id = await cluster.StartSweep(spec);
        var first = await cluster.WaitForResult(id, Patience.Sweep);
        Assert.Equal(expected, first.GetProperty("result").GetProperty("distinctFunctions").GetString());

        // A partial no run wrote: only the fresh start's deletion removes it.
        Execute(cluster.ConnectionString, $"INSERT INTO unit_partials (sweep, unit, bucket, data) VALUES ('{id}', '{Marker}', 0, '\\x00'::bytea);");
        Assert.Equal(1, MarkerRows(cluster.ConnectionString, id));

        postgres.Stop("fast"); // ends every session: the nodes' pooled connections are now stale
        postgres.Start();

        var (code, stdout, stderr) = await cluster.Cli("sweep", "start", spec, "--fresh");
        Assert.True(code == 0, $"exit {code}: {stdout}{stderr}\nseed log:\n{cluster.Seed!.StdErr}");
        Assert.Contains("restarted afresh", stdout);

        var again = await cluster.WaitForResult(id, Patience.Sweep);
        Assert.Equal("completed", again.GetProperty("status").GetString());
        Assert.Equal(expected, again.GetProperty("result").GetProperty("distinctFunctions").GetString());
        Assert.Equal(0, MarkerRows(cluster.ConnectionString, id));
        var completed = cluster.Completions(id).Select(c => c.UnitId).ToList();
        Assert.Equal(completed.Count, completed.Distinct().Count());
        Assert.Equal(cluster.Journal.PlannedUnits(id).Order(StringComparer.Ordinal), completed.Order(StringComparer.Ordinal));
        Assert.False(cluster.Seed!.HasExited, cluster.Seed.StdErr);
        // A deletion on the coordinator's thread that threw would crash it, and Akka logs the stack naming the call.
        Assert.DoesNotContain("DeleteSweep", cluster.Seed.StdErr, StringComparison.Ordinal);
    }

    private static long MarkerRows(string connectionString, string sweepId)
    {
        using var c = Open(connectionString);
        using var cmd = new NpgsqlCommand("SELECT count(*) FROM unit_partials WHERE sweep = $1 AND unit = $2;", c);
        cmd.Parameters.Add(new NpgsqlParameter { Value = sweepId });
        cmd.Parameters.Add(new NpgsqlParameter { Value = Marker });
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(string connectionString, string sql)
    {
        using var c = Open(connectionString);
        using var cmd = new NpgsqlCommand(sql, c);
        cmd.ExecuteNonQuery();
    }

    // Unpooled: the test's own connections must not be the stale ones.
    private static NpgsqlConnection Open(string connectionString)
    {
        var c = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        c.Open();
        return c;
    }
}
