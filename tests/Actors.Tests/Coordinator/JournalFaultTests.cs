using Akka.Actor;
using Akka.Persistence;
using Akka.Persistence.TestKit;
using Expressivity.Actors.Coordinator;
using Expressivity.Actors.Protocol;
using Expressivity.Actors.Storage;
using Expressivity.Actors.Tests.Support;
using Expressivity.Domain.Sweeps;
using Expressivity.TestSupport;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Expressivity.Actors.Tests.Coordinator;

/// <summary>
/// The journal fails under a running coordinator (Akka.Persistence.TestKit's journal): a failed write, a
/// rejected write and a failed recovery each report the sweep failed naming journal.db and the cause, and
/// the units written before the fault are kept when the sweep is started again.
/// </summary>
public sealed class JournalFaultTests : Akka.TestKit.Xunit2.TestKit
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private readonly TempDirectory _dir = new();
    private readonly SweepDefinition _def;
    private readonly JournalLocation _journal;

    public JournalFaultTests()
        : base(""""
            akka.persistence.journal.plugin = "akka.persistence.journal.test"
            akka.persistence.snapshot-store.plugin = "akka.persistence.snapshot-store.test"
            akka.persistence.journal.test {
              class = "Akka.Persistence.TestKit.TestJournal, Akka.Persistence.TestKit"
              plugin-dispatcher = "akka.actor.default-dispatcher"
            }
            akka.persistence.snapshot-store.test {
              class = "Akka.Persistence.TestKit.TestSnapshotStore, Akka.Persistence.TestKit"
              plugin-dispatcher = "akka.actor.default-dispatcher"
            }
            """")
    {
        SweepCatalog.Register(SquaresKind.Instance);
        _def = SweepDefinition.Parse("""{"kind":"test-squares","n":100,"units":4}""");
        _journal = JournalLocation.Sqlite(Path.Combine(_dir.Path, "journal.db"));
    }

    [Fact]
    public async Task A_failed_write_fails_the_sweep_naming_journal_db_and_a_restart_keeps_the_written_units()
    {
        var (first, units) = await StartWithOneUnitDone("c1");
        Watch(first);
        await Journal.OnWrite.SetInterceptorAsync(new Throwing(new SqliteException("SQLite Error 13: 'database or disk is full'.", 13, 13)));
        first.Tell(Done(units[1]));
        ExpectTerminated(first, Wait); // Akka stops a persistent actor whose write failed

        var second = Coordinator("c2");
        var status = await second.Ask<SweepStatus>(new GetSweepStatus(_def.Id), Wait);
        Assert.Equal(SweepPhase.Failed, status.State);
        Assert.StartsWith($"journal fault: storage fault: {_journal.Name}: write failed: database or disk is full (SQLite 13/13", status.Error);
        Assert.Equal(1, status.UnitsDoneAllStages);
        Assert.Equal(SweepPhase.Failed, (await second.Ask<NoWork>(new RequestWork(_def.Id, "w", 4), Wait)).State);

        await Journal.OnWrite.Pass();
        await ResumeAndExpectOutstanding(second, units.Skip(1));
    }

    [Fact]
    public async Task A_start_whose_first_write_fails_is_answered_at_once_and_sent_again_goes_through()
    {
        // A database restart leaves stale pooled connections: the fresh start's first write fails on one.
        var (first, _) = await StartWithOneUnitDone("c1");
        await Journal.OnWrite.SetInterceptorAsync(new Throwing(new SqliteException("SQLite Error 13: 'database or disk is full'.", 13, 13)));
        var refused = await first.Ask<SweepCommandReply>(new StartSweep(_def.Id, _def.NormalJson, true), Wait);
        Assert.False(refused.Ok);
        Assert.StartsWith(SweepCoordinator.JournalFaultPrefix, refused.Message);
        Assert.EndsWith("; nothing was started", refused.Message);

        await Journal.OnWrite.Pass();
        var again = await Coordinator("c2").Ask<SweepCommandReply>(new StartSweep(_def.Id, _def.NormalJson, true), Wait);
        Assert.True(again.Ok, again.Message);
        Assert.Equal("restarted afresh", again.Message);
    }

    [Fact]
    public async Task A_rejected_write_fails_the_sweep_and_the_coordinator_stays_answering()
    {
        var (coordinator, units) = await StartWithOneUnitDone("c1");
        await Journal.OnWrite.Reject();
        coordinator.Tell(Done(units[1]));
        var status = await AwaitStatus(coordinator, s => s.State == SweepPhase.Failed);
        Assert.StartsWith($"journal fault: storage fault: {_journal.Name}: write (rejected) failed:", status.Error);
        Assert.Equal(1, status.UnitsDoneAllStages);

        await Journal.OnWrite.Pass();
        await ResumeAndExpectOutstanding(coordinator, units.Skip(1));
    }

    [Fact]
    public async Task A_failed_recovery_is_recorded_naming_journal_db_and_reported_by_the_next_coordinator()
    {
        var (first, units) = await StartWithOneUnitDone("c1");
        Watch(first);
        first.Tell(PoisonPill.Instance);
        ExpectTerminated(first, Wait);

        await Journal.OnRecovery.SetInterceptorAsync(new Throwing(new SqliteException("SQLite Error 10: 'disk I/O error'.", 10, 266)));
        var second = Coordinator("c2");
        Watch(second);
        second.Tell(new GetSweepStatus(_def.Id));
        ExpectTerminated(second, Wait);
        var fault = JournalFaults.Of(Sys).Find(_def.Id);
        Assert.NotNull(fault);
        Assert.StartsWith($"storage fault: {_journal.Name}: read failed: disk I/O error (SQLite 10/266", fault.Message);

        await Journal.OnRecovery.Pass();
        var third = Coordinator("c3");
        var status = await third.Ask<SweepStatus>(new GetSweepStatus(_def.Id), Wait);
        Assert.Equal(SweepPhase.Failed, status.State);
        Assert.Equal($"journal fault: {fault.Message}", status.Error);
        await ResumeAndExpectOutstanding(third, units.Skip(1));
    }

    /// <summary>The test journal: its write and recovery behaviour is switched per test.</summary>
    private ITestJournal Journal => TestJournal.FromRef(Persistence.Instance.Apply(Sys).JournalFor(null));

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing) _dir.Dispose();
        base.Dispose(disposing);
    }

    private IActorRef Coordinator(string name) =>
        Sys.ActorOf(Props.Create(() => new SweepCoordinator(_def.Id, new InMemoryPartialStore(), new CoordinatorOptions { JournalRetries = 0 }, _journal)), name);

    /// <summary>Starts the sweep, leases every stage-0 unit and completes the first.</summary>
    private async Task<(IActorRef Coordinator, IReadOnlyList<WorkUnit> Units)> StartWithOneUnitDone(string name)
    {
        var c = Coordinator(name);
        Assert.True((await c.Ask<SweepCommandReply>(new StartSweep(_def.Id, _def.NormalJson, false), Wait)).Ok);
        var grant = await c.Ask<WorkGrant>(new RequestWork(_def.Id, "w", 4), Wait);
        Assert.Equal(4, grant.Units.Count);
        await c.Ask<UnitAck>(Done(grant.Units[0]), Wait);
        return (c, grant.Units);
    }

    private ReportUnitDone Done(WorkUnit unit) => new(_def.Id, "w", unit.Id, Partial.Of((Counter.Sum("squares"), 1)), null, 0.1);

    /// <summary>Starting the sweep again (no --fresh) clears the fault; exactly the units not written before are leased again.</summary>
    private async Task ResumeAndExpectOutstanding(IActorRef coordinator, IEnumerable<WorkUnit> outstanding)
    {
        var reply = await coordinator.Ask<SweepCommandReply>(new StartSweep(_def.Id, _def.NormalJson, false), Wait);
        Assert.True(reply.Ok, reply.Message);
        Assert.StartsWith("resumed after journal fault: storage fault: ", reply.Message);
        var status = await coordinator.Ask<SweepStatus>(new GetSweepStatus(_def.Id), Wait);
        Assert.Equal(SweepPhase.Running, status.State);
        Assert.Null(status.Error);
        Assert.Equal(1, status.StageUnitsDone);
        var grant = await coordinator.Ask<WorkGrant>(new RequestWork(_def.Id, "w2", 4), Wait);
        Assert.Equal(outstanding.Select(u => u.Id).Order(), grant.Units.Select(u => u.Id).Order());
    }

    private async Task<SweepStatus> AwaitStatus(IActorRef coordinator, Func<SweepStatus, bool> until)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (true)
        {
            var s = await coordinator.Ask<SweepStatus>(new GetSweepStatus(_def.Id), Wait);
            if (until(s) || DateTime.UtcNow > deadline) return s;
            await Task.Delay(20);
        }
    }

    /// <summary>Throws the given database error for every message written or recovered.</summary>
    private sealed class Throwing(Exception error) : IJournalInterceptor
    {
        public Task InterceptAsync(IPersistentRepresentation message) => Task.FromException(error);
    }
}
