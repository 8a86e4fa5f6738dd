using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Expressivity.Dashboard;

/// <summary>
/// Takes a snapshot every interval and hands its JSON to every open page (server-sent events). One
/// loop serves all pages, so the cluster is asked once per interval however many pages are open; a
/// slow page only loses intermediate snapshots (each one is whole), never blocks the others.
/// </summary>
public sealed class DashboardFeed(SnapshotCollector collector, TimeSpan interval, ILogger logger) : IAsyncDisposable
{
    /// <summary>JSON options of every API answer: camelCase names.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly CancellationTokenSource _stop = new();
    private readonly List<Channel<string>> _pages = [];
    private Task? _loop;
    private volatile string _latest = "{}";

    /// <summary>The most recent snapshot as JSON.</summary>
    public string Latest => _latest;

    /// <summary>Starts the loop; the first snapshot is taken before this returns, so a page never sees an empty one.</summary>
    public async Task Start()
    {
        await Tick();
        _loop = Task.Run(Loop);
    }

    /// <summary>A reader of every snapshot from now on (the current one first); dispose the subscription when the page goes.</summary>
    public Subscription Subscribe()
    {
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(2) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        channel.Writer.TryWrite(_latest);
        lock (_pages) _pages.Add(channel);
        return new Subscription(channel.Reader, () =>
        {
            lock (_pages) _pages.Remove(channel);
        });
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_loop is not null) await _loop;
        lock (_pages)
        {
            foreach (var c in _pages) c.Writer.TryComplete();
        }

        _stop.Dispose();
    }

    private async Task Loop()
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token)) await Tick();
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task Tick()
    {
        try
        {
            var snapshot = await collector.Take(_stop.Token);
            _latest = JsonSerializer.Serialize(snapshot, Json);
            lock (_pages)
            {
                foreach (var c in _pages) c.Writer.TryWrite(_latest);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A failed snapshot must not end the feed: the next tick tries again.
            logger.LogWarning("Dashboard snapshot failed: {Message}", e.Message);
        }
    }

    /// <summary>One page's stream of snapshots.</summary>
    public sealed class Subscription(ChannelReader<string> reader, Action leave) : IDisposable
    {
        /// <summary>Snapshots as JSON, whole each.</summary>
        public ChannelReader<string> Reader => reader;

        /// <inheritdoc />
        public void Dispose() => leave();
    }
}
