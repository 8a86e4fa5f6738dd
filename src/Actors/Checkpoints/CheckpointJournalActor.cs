using Akka.Persistence;
using Expressivity.Actors.Coordinator;
using Expressivity.Actors.Protocol;

namespace Expressivity.Actors.Checkpoints;

/// <summary>
/// Reads or writes one sweep's journal under the coordinator's persistence id, without running the
/// coordinator. It recovers the state exactly as the coordinator would (snapshot, then events); to
/// export it hands that state over, to import it persists the checkpoint's state as one
/// <see cref="CoordinatorSnapshot"/> event — which the coordinator replays like any other — but only
/// into an empty journal. It stops itself when done.
/// </summary>
public sealed class CheckpointJournalActor : ReceivePersistentActor
{
    private readonly string _sweepId;
    private readonly SweepState _state = new();

    /// <summary>Export (<paramref name="toImport"/> null) or import the state of sweep <paramref name="sweepId"/>.</summary>
    public CheckpointJournalActor(string sweepId, CoordinatorSnapshot? toImport, TaskCompletionSource<CoordinatorSnapshot?> done)
    {
        _sweepId = sweepId;
        Recover<SnapshotOffer>(offer => _state.Apply((CoordinatorSnapshot)offer.Snapshot));
        Recover<IVersionedEvent>(_state.Apply);
        Recover<RecoveryCompleted>(_ =>
        {
            if (toImport is null)
            {
                done.TrySetResult(_state.SweepId is null ? null : _state.ToSnapshot());
                Context.Stop(Self);
            }
            else if (LastSequenceNr > 0)
            {
                done.TrySetException(new CheckpointException(
                    $"sweep {sweepId} already exists in the target storage ({_state.Phase}); import into an empty data directory or database"));
                Context.Stop(Self);
            }
            else
            {
                Persist(toImport, e =>
                {
                    done.TrySetResult(e);
                    Context.Stop(Self);
                });
            }
        });
    }

    /// <inheritdoc />
    public override string PersistenceId => $"sweep-{_sweepId}";
}
