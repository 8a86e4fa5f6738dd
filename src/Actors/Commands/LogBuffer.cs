using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Expressivity.Actors.Commands;

/// <summary>
/// The node's recent log lines (a ring of the last <see cref="Capacity"/>) for <c>log peek</c>, and a
/// live feed for <c>log tail</c>. Registered as a logger provider, so Akka's logs arrive here too.
/// </summary>
public sealed class LogBuffer : ILoggerProvider
{
    private readonly object _gate = new();
    private readonly Queue<string> _lines = new();
    private readonly List<ChannelWriter<string>> _followers = [];

    /// <summary>Lines kept for <c>log peek</c>.</summary>
    public int Capacity { get; } = 2000;

    /// <summary>The last <paramref name="count"/> lines, oldest first.</summary>
    public IReadOnlyList<string> Peek(int count)
    {
        lock (_gate) return _lines.Skip(Math.Max(0, _lines.Count - count)).ToList();
    }

    /// <summary>A feed of every line written from now on; complete it by disposing the subscription.</summary>
    public (ChannelReader<string> Lines, IDisposable Subscription) Follow()
    {
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_gate) _followers.Add(channel.Writer);
        return (channel.Reader, new Unsubscribe(this, channel.Writer));
    }

    /// <summary>Adds one line.</summary>
    public void Write(string line)
    {
        lock (_gate)
        {
            _lines.Enqueue(line);
            while (_lines.Count > Capacity) _lines.Dequeue();
            foreach (var f in _followers) f.TryWrite(line);
        }
    }

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => new BufferLogger(this, categoryName);

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var f in _followers) f.TryComplete();
            _followers.Clear();
        }
    }

    private sealed class Unsubscribe(LogBuffer buffer, ChannelWriter<string> writer) : IDisposable
    {
        public void Dispose()
        {
            lock (buffer._gate) buffer._followers.Remove(writer);
            writer.TryComplete();
        }
    }

    private sealed class BufferLogger(LogBuffer buffer, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var text = formatter(state, exception);
            if (exception is not null) text += $" ({exception.GetType().Name}: {exception.Message})";
            buffer.Write($"{DateTime.UtcNow:yyyy-MM-ddTHH:mm:ss.fffZ} {Short(logLevel)} {category}: {text}");
        }

        private static string Short(LogLevel level) => level switch
        {
            LogLevel.Trace => "TRC",
            LogLevel.Debug => "DBG",
            LogLevel.Information => "INF",
            LogLevel.Warning => "WRN",
            LogLevel.Error => "ERR",
            _ => "CRT",
        };
    }
}
