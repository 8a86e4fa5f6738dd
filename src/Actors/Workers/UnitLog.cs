namespace Expressivity.Actors.Workers;

/// <summary>Appends "pid start|done sweep unit time" lines to a file, flushed per line, so an audit survives kill -9.</summary>
public sealed class UnitLog(string? path)
{
    private readonly object _gate = new();

    /// <summary>Records an event for a unit (no-op without a path).</summary>
    public void Write(string what, string sweepId, string unitId)
    {
        if (path is null) return;
        lock (_gate)
        {
            File.AppendAllText(path, $"{Environment.ProcessId} {what} {sweepId} {unitId} {DateTime.UtcNow:HH:mm:ss.fff}\n");
        }
    }
}
