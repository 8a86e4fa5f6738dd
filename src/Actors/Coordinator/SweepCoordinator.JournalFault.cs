using Akka.Actor;
using Akka.Event;
using Expressivity.Actors.Protocol;

namespace Expressivity.Actors.Coordinator;

/// <summary>
/// A journal that fails while the sweep runs (read-only, disk full, server gone): the sweep is reported
/// failed with the cause (file or server, database and OS error) instead of stalling. Nothing written
/// before is lost; starting the sweep again once the fault is gone resumes with every completed unit.
/// </summary>
public sealed partial class SweepCoordinator
{
    /// <summary>How every journal fault message starts (status errors and refused starts).</summary>
    public const string JournalFaultPrefix = "journal fault: ";

    private string? _journalFault; // set: nothing is leased, acknowledged or written until a retry or a new start
    private bool _journalOnTrial; // resumed after a fault: the first successful write forgets the fault's count
    private bool _journalRetryPending; // the fault is transient until the retries are used up: the status says so, not "failed"
    private IActorRef? _startReplyTo; // the client of a start whose first event is being written

    private sealed class RetryJournal
    {
        public static readonly RetryJournal Instance = new();
    }

    /// <inheritdoc />
    protected override void OnPersistFailure(Exception cause, object @event, long sequenceNr)
    {
        // Akka stops this actor after this call; the fault is kept for the next incarnation.
        JournalFailed(cause, "write", @event);
        RefuseStart();
        base.OnPersistFailure(cause, @event, sequenceNr);
    }

    /// <inheritdoc />
    protected override void OnPersistRejected(Exception cause, object @event, long sequenceNr)
    {
        // The journal refused this event but lives on: later events would leave a gap, so stop writing.
        if (@event is UnitCompleted c) _persisting.Remove(c.UnitId);
        if (@event is UnitSplit s) _persisting.Remove(s.UnitId);
        JournalFailed(cause, "write (rejected)", @event);
        RefuseStart();
        base.OnPersistRejected(cause, @event, sequenceNr);
    }

    /// <inheritdoc />
    protected override void OnRecoveryFailure(Exception reason, object? message = null)
    {
        JournalFailed(reason, "read", message);
        base.OnRecoveryFailure(reason, message);
    }

    private void JournalFailed(Exception cause, string operation, object? @event)
    {
        var fault = JournalFaults.Of(Context.System).Record(_sweepId, _journal.Describe(cause, operation));
        _journalFault = $"{JournalFaultPrefix}{fault.Message}";
        _leases.Reset([]);
        // The cause's stack trace is logged by Akka right after this line.
        _log.Error("Sweep {0}: {1} (event {2}); completed units written before are kept; start the sweep again once the fault is gone",
            _sweepId, _journalFault, @event?.GetType().Name ?? "none");
    }

    /// <summary>
    /// A start (or fresh start) whose first event the journal refused: say so at once instead of leaving the
    /// client to time out. The message starts with <see cref="JournalFaultPrefix"/>, so a client may send the
    /// start again: the next incarnation takes it on a new connection (a database restart leaves stale ones).
    /// </summary>
    private void RefuseStart()
    {
        _startReplyTo?.Tell(new SweepCommandReply(_sweepId, false, $"{_journalFault}; nothing was started"));
        _startReplyTo = null;
    }

    /// <summary>
    /// After recovery: true when an earlier incarnation saw a journal fault. A server restart or a moment of a
    /// full disk passes, so the sweep resumes by itself after a backoff; once the retries are used up the fault
    /// stands (the sweep reported failed with its cause) until the sweep is started again.
    /// </summary>
    private bool RecallJournalFault()
    {
        var faults = JournalFaults.Of(Context.System);
        if (faults.Find(_sweepId) is not { } fault) return false;
        _journalFault = $"{JournalFaultPrefix}{fault.Message}";
        _leases.Reset([]);
        var count = faults.Count(_sweepId);
        _journalRetryPending = count <= _options.JournalRetries;
        if (_journalRetryPending)
        {
            var backoff = TimeSpan.FromSeconds(Math.Min(30, 1 << Math.Min(count - 1, 5)));
            _log.Warning("Sweep {0}: {1}; retry {2} of {3} in {4} s", _sweepId, _journalFault, count, _options.JournalRetries, backoff.TotalSeconds);
            Timers.StartSingleTimer(RetryJournal.Instance, RetryJournal.Instance, backoff);
        }
        return true;
    }

    /// <summary>The backoff after a journal fault is over: resume; the next write finds out whether the journal works again.</summary>
    private void RetryAfterJournalFault()
    {
        if (_journalFault is null || !_journalRetryPending) return;
        _journalFault = null;
        _journalRetryPending = false;
        _journalOnTrial = true;
        _leases.Reset(_state.Outstanding);
        Announce();
        ContinueAfterRecovery();
    }

    /// <summary>A write succeeded after a retry: the journal works again, so a later fault starts a fresh count of retries.</summary>
    private void JournalWorks()
    {
        if (!_journalOnTrial) return;
        _journalOnTrial = false;
        JournalFaults.Of(Context.System).Clear(_sweepId);
    }

    /// <summary>A start after a journal fault: forget it and resume (true, answered), or go on to a fresh or failed-sweep start (false).</summary>
    private bool ClearJournalFault(StartSweep cmd)
    {
        var previous = _journalFault;
        _journalFault = null;
        _journalRetryPending = false;
        JournalFaults.Of(Context.System).Clear(_sweepId);
        if (cmd.Fresh || _state.SweepId is null || _state.Phase == SweepPhase.Failed) return false;
        _leases.Reset(_state.Outstanding);
        Sender.Tell(new SweepCommandReply(_sweepId, true, $"resumed after {previous}; completed units are kept"));
        Announce();
        ContinueAfterRecovery();
        return true;
    }
}
