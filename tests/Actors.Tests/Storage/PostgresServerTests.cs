using Expressivity.Actors.Tests.Support;
using Expressivity.TestSupport;
using Npgsql;
using Xunit;

namespace Expressivity.Actors.Tests.Storage;

[Collection(PostgresCollection.Name)]
public sealed class PostgresServerTests(PostgresServer server)
{
    private static long Scalar(string cs, string sql)
    {
        using var c = new NpgsqlConnection(cs);
        c.Open();
        using var cmd = new NpgsqlCommand(sql, c);
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public void Server_listens_on_loopback_and_keeps_its_data_and_port_across_stop_and_start()
    {
        var cs = server.CreateDatabase();
        Scalar(cs, "CREATE TABLE kept (v BIGINT); INSERT INTO kept VALUES (41), (1); SELECT 0;");
        Assert.Equal("127.0.0.1", new NpgsqlConnectionStringBuilder(cs).Host);
        Assert.Equal(server.Port, new NpgsqlConnectionStringBuilder(cs).Port);

        server.Stop();
        try
        {
            Assert.False(server.IsRunning);
            NpgsqlConnection.ClearAllPools();
            Assert.ThrowsAny<NpgsqlException>(() => Scalar(cs, "SELECT 1;"));
        }
        finally
        {
            server.Start();
        }

        Assert.True(server.IsRunning);
        Assert.Equal(42, Scalar(cs, "SELECT sum(v) FROM kept;"));
    }
}
