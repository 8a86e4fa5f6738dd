using System.Text.Json;
using Expressivity.TestSupport;

namespace Expressivity.EndToEnd.Tests.Support;

/// <summary>
/// Three coordinator-capable nodes on loopback with no supervisor: node 0 is a seed host (seed +
/// coordinator), nodes 1 and 2 are worker hosts that also carry the coordinator role. Every node lists
/// the same two seeds (nodes 0 and 1), so any one node may die without taking the cluster's contact
/// points, the shard coordinator or the registry singleton with it. Each node has its own command host;
/// the client talks to the first node still alive.
/// </summary>
public sealed class CoordinatorTrio : IAsyncDisposable
{
    private readonly int[] _ports = [FreePort.Next(), FreePort.Next(), FreePort.Next()];
    private readonly int[] _commandPorts = [FreePort.Next(), FreePort.Next(), FreePort.Next()];
    private readonly HostProcess?[] _nodes = new HostProcess?[3];

    /// <summary>Creates (does not start) the trio on a database of its own.</summary>
    public CoordinatorTrio(PostgresServer postgres)
    {
        ConnectionString = postgres.CreateDatabase();
    }

    /// <summary>The trio's database.</summary>
    public string ConnectionString { get; }

    /// <summary>The journal in the trio's database, read directly.</summary>
    public JournalReader Journal => JournalReader.Postgres(ConnectionString);

    /// <summary>The node processes (null before start).</summary>
    public IReadOnlyList<HostProcess?> Nodes => _nodes;

    private string Seed(int i) => $"akka.tcp://expressivity@127.0.0.1:{_ports[i]}";

    /// <summary>Starts all three nodes at once (no waiting between them) on the empty database.</summary>
    public void StartAll()
    {
        for (var i = 0; i < 3; i++) Start(i);
    }

    /// <summary>Starts (or restarts) node <paramref name="i"/> with its fixed ports.</summary>
    public void Start(int i)
    {
        string[] common =
        [
            "--port", $"{_ports[i]}", "--cmd-port", $"{_commandPorts[i]}",
            "--Node:Seeds:0=" + Seed(0), "--Node:Seeds:1=" + Seed(1),
            "--storage", "postgresql", "--connection-string", ConnectionString,
            "--Coordinator:LeaseTime=00:00:05", "--Node:DowningStableAfter=00:00:02",
        ];
        _nodes[i]?.Dispose();
        _nodes[i] = i == 0
            ? HostProcess.Start("Seed", ["serve", .. common])
            : HostProcess.Start("Worker", ["serve", "--Node:Roles:1=coordinator", "--capacity", "1", .. common]);
    }

    /// <summary>Runs the operator client against the first live node's command host.</summary>
    public async Task<(int Code, string Out, string Err)> Cli(params string[] args)
    {
        var live = Enumerable.Range(0, 3).First(i => _nodes[i] is { HasExited: false });
        return await HostProcess.Run("Cli", Patience.Event, [$"127.0.0.1:{_commandPorts[live]}", .. args]);
    }

    /// <summary>Waits until <paramref name="count"/> members are Up as seen from a live node.</summary>
    public Task WaitForMembers(int count, TimeSpan timeout) =>
        LocalCluster.WaitUntil(async () =>
        {
            var (code, stdout, _) = await Cli("cluster", "show");
            return code == 0 && stdout.Split('\n').Count(l => l.Contains("| Up |", StringComparison.Ordinal)) == count
                && stdout.Contains($"Count: {count} nodes", StringComparison.Ordinal);
        }, timeout, $"{count} members up");

    /// <summary>Starts a sweep through the client; returns its id.</summary>
    public async Task<string> StartSweep(string specPath)
    {
        var (code, stdout, stderr) = await Cli("sweep", "start", specPath);
        if (code != 0) throw new InvalidOperationException($"sweep start failed ({code}): {stdout}{stderr}");
        return stdout.Split(':')[0].Trim();
    }

    /// <summary>The live node whose log says it started the sweep's coordinator (waits for one).</summary>
    public async Task<int> CoordinatorHost(string sweepId, TimeSpan timeout)
    {
        var marker = $"Sweep {sweepId}: coordinator started on akka.tcp://expressivity@127.0.0.1:";
        var host = -1;
        await LocalCluster.WaitUntil(() =>
        {
            host = Enumerable.Range(0, 3).FirstOrDefault(i => _nodes[i] is { HasExited: false } n && n.StdErr.Contains(marker, StringComparison.Ordinal), -1);
            return Task.FromResult(host >= 0);
        }, timeout, $"the coordinator of {sweepId} started on a live node");
        return host;
    }

    /// <summary>Waits for the sweep to complete and returns its <c>--json</c> result.</summary>
    public async Task<JsonElement> WaitForResult(string sweepId, TimeSpan timeout)
    {
        JsonElement result = default;
        await LocalCluster.WaitUntil(async () =>
        {
            var (code, stdout, _) = await Cli("sweep", "results", sweepId, "--json");
            if (code != 0) return false;
            result = JsonDocument.Parse(stdout).RootElement.Clone();
            return true;
        }, timeout, $"sweep {sweepId} completed");
        return result;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        foreach (var n in _nodes) n?.Dispose();
        return ValueTask.CompletedTask;
    }
}
