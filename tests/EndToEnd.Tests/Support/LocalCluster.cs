using System.Text.Json;
using Expressivity.TestSupport;

namespace Expressivity.EndToEnd.Tests.Support;

/// <summary>
/// The compose topology as processes on loopback: PostgreSQL, one seed (seed + coordinator roles,
/// command host) and worker processes, each the real built host. Workers are supervised like a restart
/// policy would: one that exits (downed after losing every coordinator) is started again.
/// </summary>
public sealed class LocalCluster : IAsyncDisposable
{
    private readonly PostgresServer _postgres;
    private readonly List<Supervised> _workers = [];
    private readonly CancellationTokenSource _stop = new();

    /// <summary>Creates (does not start) a cluster on a database of its own.</summary>
    public LocalCluster(PostgresServer postgres)
    {
        _postgres = postgres;
        ConnectionString = postgres.CreateDatabase();
    }

    /// <summary>The cluster's database.</summary>
    public string ConnectionString { get; }

    /// <summary>The journal in the cluster's database, read directly.</summary>
    public JournalReader Journal => JournalReader.Postgres(ConnectionString);

    /// <summary>Seed remoting port.</summary>
    public int SeedPort { get; } = FreePort.Next();

    /// <summary>Seed command host port.</summary>
    public int CommandPort { get; } = FreePort.Next();

    /// <summary>The running seed process.</summary>
    public HostProcess? Seed { get; private set; }

    /// <summary>Worker processes (current incarnations).</summary>
    public IReadOnlyList<HostProcess> Workers => _workers.Select(w => w.Current).ToList();

    /// <summary>Times a worker was restarted by the supervisor.</summary>
    public int WorkerRestarts => _workers.Sum(w => w.Restarts);

    private string SeedAddress => $"akka.tcp://expressivity@127.0.0.1:{SeedPort}";

    private string[] Common =>
    [
        "--storage", "postgresql", "--connection-string", ConnectionString,
        "--Coordinator:LeaseTime=00:00:05", "--Node:DowningStableAfter=00:00:02",
    ];

    /// <summary>Starts (or restarts) the seed and waits until its command host answers.</summary>
    public async Task StartSeed()
    {
        Seed = HostProcess.Start("Seed", ["serve", "--port", $"{SeedPort}", "--cmd-port", $"{CommandPort}", .. Common]);
        await WaitUntil(async () => (await Cli("node", "health")).Code == 0, Patience.Event, "seed up");
    }

    /// <summary>Starts a supervised worker process; returns its remoting port.</summary>
    public int StartWorker(int capacity = 1)
    {
        var port = FreePort.Next();
        string[] args = ["serve", "--seed", SeedAddress, "--port", $"{port}", "--cmd-port", $"{FreePort.Next()}", "--capacity", $"{capacity}", .. Common];
        _workers.Add(new Supervised(() => HostProcess.Start("Worker", args), _stop.Token));
        return port;
    }

    /// <summary>Runs the operator client against the seed's command host.</summary>
    public Task<(int Code, string Out, string Err)> Cli(params string[] args) =>
        HostProcess.Run("Cli", Patience.Event, [$"127.0.0.1:{CommandPort}", .. args]);

    /// <summary>Starts a sweep from spec text through the client; returns its id.</summary>
    public async Task<string> StartSweep(string specPath)
    {
        var (code, stdout, stderr) = await Cli("sweep", "start", specPath);
        if (code != 0) throw new InvalidOperationException($"sweep start failed ({code}): {stdout}{stderr}");
        return stdout.Split(':')[0].Trim();
    }

    /// <summary>Waits for the sweep to complete and returns its <c>--json</c> result.</summary>
    public async Task<JsonElement> WaitForResult(string sweepId, TimeSpan timeout)
    {
        JsonElement result = default;
        await WaitUntil(async () =>
        {
            var (code, stdout, _) = await Cli("sweep", "results", sweepId, "--json");
            if (code != 0) return false;
            result = JsonDocument.Parse(stdout).RootElement.Clone();
            return true;
        }, timeout, $"sweep {sweepId} completed");
        return result;
    }

    /// <summary>Completions persisted so far for a sweep (unit, worker).</summary>
    public IReadOnlyList<(string UnitId, string WorkerId)> Completions(string sweepId) => Journal.Completions(sweepId);

    /// <summary>Polls a condition (no fixed sleeps) until it holds or the timeout passes.</summary>
    public static async Task WaitUntil(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"timed out waiting for: {what}");
            await Task.Delay(100);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        foreach (var w in _workers) w.Dispose();
        Seed?.Dispose();
    }

    /// <summary>A process restarted whenever it exits, until disposed.</summary>
    private sealed class Supervised : IDisposable
    {
        private readonly Func<HostProcess> _start;
        private readonly CancellationToken _stop;

        public Supervised(Func<HostProcess> start, CancellationToken stop)
        {
            _start = start;
            _stop = stop;
            Current = start();
            _ = Watch();
        }

        public HostProcess Current { get; private set; }

        public int Restarts { get; private set; }

        public void Dispose() => Current.Dispose();

        private async Task Watch()
        {
            while (!_stop.IsCancellationRequested)
            {
                await Task.Delay(200);
                if (!Current.HasExited || _stop.IsCancellationRequested) continue;
                Current.Dispose();
                Current = _start();
                Restarts++;
            }
        }
    }
}
