using System.Data.Common;
using System.Diagnostics;

namespace Expressivity.Actors.Workers;

/// <summary>
/// Re-runs a unit in place when it failed only because storage was briefly unreachable (a database
/// restarting, a cut connection). Such faults say nothing about the unit, so they must not be reported
/// as unit failures: a few of those in a row fail the whole sweep. Units are idempotent (their partial
/// data is replaced as a whole), so running one again is safe.
/// </summary>
public static class TransientRetry
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Runs <paramref name="action"/>; on a transient storage fault waits (250 ms doubling up to 5 s) and
    /// runs it again, for at most <paramref name="limit"/> in total, then lets the fault through.
    /// </summary>
    public static T Run<T>(Func<T> action, TimeSpan limit, CancellationToken cancel, Action<Exception, TimeSpan>? onRetry = null)
    {
        var clock = Stopwatch.StartNew();
        var delay = FirstDelay;
        while (true)
        {
            try
            {
                return action();
            }
            catch (Exception e) when (IsTransient(e) && clock.Elapsed + delay <= limit && !cancel.IsCancellationRequested)
            {
                onRetry?.Invoke(e, delay);
            }

            Task.Delay(delay, cancel).Wait(cancel);
            delay = delay * 2 < MaxDelay ? delay * 2 : MaxDelay;
        }
    }

    /// <summary>
    /// True when <paramref name="e"/> or an exception inside it is a database error its provider marks
    /// transient, or a <see cref="Domain.Sweeps.StorageFaultException"/> (a read-only or full file may be
    /// fixed within the retry window; if not, the unit fails and a later run resumes the sweep).
    /// </summary>
    public static bool IsTransient(Exception e) => e switch
    {
        DbException { IsTransient: true } => true,
        Domain.Sweeps.StorageFaultException => true,
        AggregateException a => a.InnerExceptions.Any(IsTransient),
        _ => e.InnerException is { } inner && IsTransient(inner),
    };
}
