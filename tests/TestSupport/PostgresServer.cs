using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Expressivity.TestSupport;

/// <summary>
/// A throwaway PostgreSQL server for tests: a fresh cluster (initdb) in a temp directory, listening on
/// 127.0.0.1 only on a free port, trust authentication, its unix socket inside the temp directory. It
/// runs as a non-root OS user when the tests run as root. <see cref="Stop"/> and <see cref="Start"/>
/// reuse the same data and port, so fault tests can take it away mid-run; dispose removes everything.
/// Usable as an xunit collection fixture (one public parameterless constructor).
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private const string Superuser = "postgres";
    private readonly string _bin;
    private readonly string? _user;
    private readonly string _root;
    private readonly string _data;
    private int _databases;
    private bool _disposed;

    /// <summary>Creates and starts a server tuned for tests (no fsync: the data has to survive crashes of the server, not of the machine).</summary>
    public PostgresServer()
        : this(durable: false)
    {
    }

    private PostgresServer(bool durable)
    {
        _bin = PostgresBinaries.FindDirectory();
        _user = PostgresBinaries.FindUser();
        // As root the server's user must reach the directory: /tmp is traversable by all, a TMPDIR may not be.
        var temp = _user is null ? Path.GetTempPath() : "/tmp";
        _root = Path.Combine(temp, "expressivity-pg", Guid.NewGuid().ToString("N"));
        _data = Path.Combine(_root, "data");
        Directory.CreateDirectory(_root);
        try
        {
            Port = FreePort();
            Initialise(durable);
            Start();
            ConnectionString = CreateDatabase("expressivity");
        }
        catch
        {
            Dispose();
            throw;
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => Dispose();
    }

    /// <summary>A server with PostgreSQL's durable defaults (fsync on), for measurements.</summary>
    public static PostgresServer CreateDurable() => new(durable: true);

    /// <summary>The TCP port on 127.0.0.1; the same across <see cref="Stop"/> and <see cref="Start"/>.</summary>
    public int Port { get; }

    /// <summary>True while the server runs.</summary>
    public bool IsRunning { get; private set; }

    /// <summary>Connection string of the database <c>expressivity</c>, created at start-up.</summary>
    public string ConnectionString { get; } = "";

    /// <summary>Creates an empty database (for tests that need one of their own) and returns its connection string.</summary>
    public string CreateDatabase(string? name = null)
    {
        name ??= $"test_{Interlocked.Increment(ref _databases)}_{Guid.NewGuid():N}";
        using (var c = new NpgsqlConnection(ConnectionStringFor("postgres", pooling: false)))
        {
            c.Open();
            using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\";", c);
            cmd.ExecuteNonQuery();
        }

        return ConnectionStringFor(name, pooling: true);
    }

    /// <summary>Starts the server (again) on the same data directory and port, waiting until it accepts connections.</summary>
    public void Start()
    {
        var log = Path.Combine(_root, "server.log");
        var (code, output) = PgCtl(["-D", _data, "-l", log, "-w", "-t", "60", "start"]);
        if (code != 0) throw new InvalidOperationException($"pg_ctl start failed ({code}): {output}\n{Tail(log)}");
        IsRunning = true;
    }

    /// <summary>
    /// Stops the server: <c>fast</c> (default) ends sessions and shuts down cleanly; <c>immediate</c>
    /// kills it like a crash, so the next start runs crash recovery.
    /// </summary>
    public void Stop(string mode = "fast")
    {
        var (code, output) = PgCtl(["-D", _data, "-m", mode, "-w", "-t", "60", "stop"]);
        if (code != 0) throw new InvalidOperationException($"pg_ctl stop failed ({code}): {output}");
        IsRunning = false;
    }

    /// <summary>Stops the server if it runs and deletes its directory.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        try
        {
            if (File.Exists(Path.Combine(_data, "postmaster.pid"))) PgCtl(["-D", _data, "-m", "immediate", "-w", "stop"]);
        }
        catch (Exception)
        {
            // Best effort: the directory removal below still runs.
        }

        NpgsqlConnection.ClearAllPools();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private void Initialise(bool durable)
    {
        var sockets = Path.Combine(_root, "sockets");
        Directory.CreateDirectory(sockets);
        if (_user is not null)
        {
            var (chown, why) = ExternalCommand.Run("chown", ["-R", _user, _root], _root);
            if (chown != 0) throw new InvalidOperationException($"chown {_user} {_root} failed: {why}");
        }

        var (code, output) = ExternalCommand.Run(Path.Combine(_bin, "initdb"),
            ["-D", _data, "-U", Superuser, "--auth=trust", "--encoding=UTF8", "--no-locale", "--no-sync"], _root, _user, TimeSpan.FromMinutes(2));
        if (code != 0) throw new InvalidOperationException($"initdb failed ({code}): {output}");

        var settings = new List<string>
        {
            "listen_addresses = '127.0.0.1'",
            $"port = {Port}",
            $"unix_socket_directories = '{sockets}'",
            "max_connections = 200",
        };
        // fsync off only survives crashes of the server, not of the machine: enough for tests, which
        // kill the server. synchronous_commit stays on: with it off a crash loses acknowledged commits,
        // and the fault tests would then see a completed unit whose partial data is gone.
        if (!durable) settings.Add("fsync = off");
        // postgresql.conf belongs to the server's user; appending as root keeps its owner.
        File.AppendAllLines(Path.Combine(_data, "postgresql.conf"), settings);
    }

    private (int Code, string Output) PgCtl(IEnumerable<string> args) =>
        ExternalCommand.Run(Path.Combine(_bin, "pg_ctl"), args, _root, _user, TimeSpan.FromMinutes(2));

    private string ConnectionStringFor(string database, bool pooling) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = Superuser,
        Database = database,
        Pooling = pooling,
        Timeout = 5,
    }.ConnectionString;

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    private static string Tail(string path) =>
        File.Exists(path) ? string.Join('\n', File.ReadLines(path).TakeLast(20)) : "(no server log)";
}
